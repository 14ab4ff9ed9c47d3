# METADATA
# title: MySQL flexible server accepts unencrypted connections
# description: >-
#   The server parameter require_secure_transport is ON by default; OFF lets clients connect
#   without TLS, sending credentials and data in clear text.
# custom:
#   id: PLB-AZURE-MYSQL-001
#   severity: high
#   types: [azurerm_mysql_flexible_server_configuration]
#   remediation: >-
#     Remove the require_secure_transport configuration or set its value to "ON".
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.mysql.ssl_not_required

import rego.v1

deny contains {"msg": msg, "path": ["value"]} if {
	input.attributes.name == "require_secure_transport"
	v := input.attributes.value
	is_string(v)
	lower(v) in {"off", "0", "false"}
	msg := sprintf("MySQL configuration %s lets clients connect without TLS", [input.key])
}
