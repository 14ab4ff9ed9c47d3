# METADATA
# title: Cloud SQL instance accepts unencrypted connections
# description: >-
#   Unless ssl_mode is ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED (or the older
#   require_ssl is true), the instance accepts plain-text connections, so credentials and
#   query results can be read on the network path. Cloud SQL's default,
#   ALLOW_UNENCRYPTED_AND_ENCRYPTED, accepts both.
# custom:
#   id: PLB-GCP-SQL-003
#   severity: high
#   types: [google_sql_database_instance]
#   remediation: >-
#     Set settings { ip_configuration { ssl_mode = "ENCRYPTED_ONLY" } } (or
#     "TRUSTED_CLIENT_CERTIFICATE_REQUIRED" to demand client certificates too).
#   controls:
#     nist-800-53: ["SC-8"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.sql.ssl_not_required

import rego.v1

import data.plumb.lib

encrypted_modes := {"ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"}

deny contains {"msg": msg, "path": ["settings", i, "ip_configuration"]} if {
	some i, settings in input.attributes.settings
	no_ip_configuration(settings)
	msg := sprintf("%s accepts unencrypted connections (no ip_configuration sets ssl_mode)", [input.key])
}

deny contains {"msg": msg, "path": ["settings", i, "ip_configuration", j, "ssl_mode"]} if {
	some i, settings in input.attributes.settings
	some j, ipc in settings.ip_configuration
	not encrypted(ipc)
	msg := sprintf("%s accepts unencrypted connections (ssl_mode is not ENCRYPTED_ONLY)", [input.key])
}

encrypted(ipc) if ipc.ssl_mode in encrypted_modes

encrypted(ipc) if ipc.require_ssl == true

# An unknown require_ssl may be true: not judged.
encrypted(ipc) if lib.unknown(ipc.require_ssl)

# Plans and state files report an argument that was not set as [] or "".
no_ip_configuration(settings) if not settings.ip_configuration

no_ip_configuration(settings) if settings.ip_configuration in {[], ""}
