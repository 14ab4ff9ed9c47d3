# METADATA
# title: Storage account accepts TLS versions older than 1.2
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses and are being retired across Azure. The provider
#   defaults min_tls_version to TLS1_2 for new accounts; this rule fires when an older
#   version is set explicitly.
# custom:
#   id: PLB-AZURE-STORAGE-002
#   severity: medium
#   types: [azurerm_storage_account]
#   remediation: >-
#     Set min_tls_version = "TLS1_2" (or remove it) after checking that no client still needs
#     TLS 1.0/1.1.
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.storage.min_tls_below_1_2

import rego.v1

deny contains {"msg": msg, "path": ["min_tls_version"]} if {
	v := input.attributes.min_tls_version
	v in {"TLS1_0", "TLS1_1"}
	msg := sprintf("storage account %s accepts %s; require TLS1_2", [input.key, v])
}
