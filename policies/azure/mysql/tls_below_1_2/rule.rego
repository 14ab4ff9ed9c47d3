# METADATA
# title: MySQL flexible server accepts TLS versions older than 1.2
# description: >-
#   The server parameter tls_version lists the protocol versions the server accepts.
#   Including TLSv1 or TLSv1.1 lets clients negotiate deprecated versions.
# custom:
#   id: PLB-AZURE-MYSQL-002
#   severity: medium
#   types: [azurerm_mysql_flexible_server_configuration]
#   remediation: >-
#     Set the tls_version configuration to "TLSv1.2" or "TLSv1.2,TLSv1.3" (or remove it).
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.mysql.tls_below_1_2

import rego.v1

deny contains {"msg": msg, "path": ["value"]} if {
	input.attributes.name == "tls_version"
	v := input.attributes.value
	is_string(v)
	some old in split(v, ",")
	trim_space(old) in {"TLSv1", "TLSv1.1"}
	msg := sprintf("MySQL configuration %s allows %s", [input.key, trim_space(old)])
}
