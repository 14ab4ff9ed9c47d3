# METADATA
# title: Storage account accepts requests over plain HTTP
# description: >-
#   Secure transfer makes the account refuse HTTP and unencrypted SMB, so keys, SAS tokens
#   and data never cross the network in clear text. It is on unless
#   https_traffic_only_enabled (provider v4; enable_https_traffic_only in v3) is set to
#   false.
# custom:
#   id: PLB-AZURE-STORAGE-001
#   severity: high
#   types: [azurerm_storage_account]
#   remediation: >-
#     Remove https_traffic_only_enabled = false (or set it to true).
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.storage.https_only_disabled

import rego.v1

deny contains {"msg": msg, "path": [attr]} if {
	some attr in off
	msg := sprintf("storage account %s accepts plain HTTP requests", [input.key])
}

# Provider v4 and v3 names.
off contains "https_traffic_only_enabled" if input.attributes.https_traffic_only_enabled == false

off contains "enable_https_traffic_only" if input.attributes.enable_https_traffic_only == false
