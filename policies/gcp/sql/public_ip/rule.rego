# METADATA
# title: Cloud SQL instance has a public IP address
# description: >-
#   An instance with ipv4_enabled (the google provider's default when ip_configuration does
#   not turn it off) has an address on the internet; only its authorized networks and the
#   database's own authentication stand between it and anyone. Private IP and the Cloud SQL
#   Auth Proxy keep it off the internet.
# custom:
#   id: PLB-GCP-SQL-001
#   severity: medium
#   types: [google_sql_database_instance]
#   remediation: >-
#     Set settings { ip_configuration { ipv4_enabled = false, private_network = <VPC> } } and
#     connect through private IP or the Cloud SQL Auth Proxy.
#   controls:
#     nist-800-53: ["SC-7"]
#     pci-dss: ["1.4.4"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.gcp.sql.public_ip

import rego.v1

deny contains {"msg": msg, "path": ["settings", i, "ip_configuration"]} if {
	some i, settings in input.attributes.settings
	no_ip_configuration(settings)
	msg := sprintf("%s has a public IP address (no ip_configuration, so ipv4_enabled defaults to true)", [input.key])
}

deny contains {"msg": msg, "path": ["settings", i, "ip_configuration", j, "ipv4_enabled"]} if {
	some i, settings in input.attributes.settings
	some j, ipc in settings.ip_configuration
	not ipc.ipv4_enabled == false
	msg := sprintf("%s has a public IP address (ipv4_enabled)", [input.key])
}

# Plans and state files report an argument that was not set as [] or "".
no_ip_configuration(settings) if not settings.ip_configuration

no_ip_configuration(settings) if settings.ip_configuration in {[], ""}
