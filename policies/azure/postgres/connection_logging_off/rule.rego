# METADATA
# title: PostgreSQL flexible server does not log connections or checkpoints
# description: >-
#   The server parameters log_connections, log_disconnections and log_checkpoints record who
#   connected, for how long and when data was flushed, and connection_throttle.enable slows
#   password guessing. Turning any of them off removes evidence needed to detect brute force
#   or investigate misuse.
# custom:
#   id: PLB-AZURE-POSTGRES-004
#   severity: low
#   types: [azurerm_postgresql_flexible_server_configuration]
#   remediation: >-
#     Remove the configuration or set its value to "on".
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.azure.postgres.connection_logging_off

import rego.v1

deny contains {"msg": msg, "path": ["value"]} if {
	name := input.attributes.name
	name in {"log_connections", "log_disconnections", "log_checkpoints", "connection_throttle.enable"}
	v := input.attributes.value
	is_string(v)
	lower(v) in {"off", "0", "false"}
	msg := sprintf("PostgreSQL configuration %s turns %s off", [input.key, name])
}
