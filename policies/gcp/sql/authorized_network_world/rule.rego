# METADATA
# title: Cloud SQL instance accepts connections from the whole internet
# description: >-
#   An authorized network of 0.0.0.0/0 (or ::/0) lets any address on the internet connect to
#   the instance's public IP, leaving only the database password between the data and
#   anyone scanning for open database ports.
# custom:
#   id: PLB-GCP-SQL-002
#   severity: critical
#   types: [google_sql_database_instance]
#   remediation: >-
#     Remove the 0.0.0.0/0 authorized network; list only the ranges that must connect, or turn
#     the public IP off and use private IP or the Cloud SQL Auth Proxy.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.sql.authorized_network_world

import rego.v1

world := {"0.0.0.0/0", "::/0"}

deny contains {"msg": msg, "path": ["settings", i, "ip_configuration", j, "authorized_networks", k, "value"]} if {
	some i, settings in input.attributes.settings
	some j, ipc in settings.ip_configuration
	not ipc.ipv4_enabled == false
	some k, network in ipc.authorized_networks
	network.value in world
	msg := sprintf("%s accepts database connections from %s", [input.key, network.value])
}
