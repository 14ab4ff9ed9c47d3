# METADATA
# title: PostgreSQL flexible server accepts TLS versions older than 1.2
# description: >-
#   The server parameter ssl_min_protocol_version defaults to TLSv1.2; lowering it to TLSv1
#   or TLSv1.1 lets clients negotiate deprecated protocol versions.
# custom:
#   id: PLB-AZURE-POSTGRES-006
#   severity: medium
#   types: [azurerm_postgresql_flexible_server_configuration]
#   remediation: >-
#     Remove the ssl_min_protocol_version configuration or set it to "TLSv1.2" or "TLSv1.3".
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.postgres.tls_below_1_2

import rego.v1

deny contains {"msg": msg, "path": ["value"]} if {
	input.attributes.name == "ssl_min_protocol_version"
	v := input.attributes.value
	v in {"TLSv1", "TLSv1.1"}
	msg := sprintf("PostgreSQL configuration %s allows %s", [input.key, v])
}
