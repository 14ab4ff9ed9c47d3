# METADATA
# title: Cloud SQL for MySQL allows LOAD DATA LOCAL
# description: >-
#   local_infile = on lets clients load files from their own machine with LOAD DATA LOCAL, and
#   lets a malicious or compromised server read files from any client that connects to it;
#   combined with SQL injection it is a path to read files an application can reach.
# custom:
#   id: PLB-GCP-SQL-010
#   severity: medium
#   types: [google_sql_database_instance]
#   remediation: >-
#     Remove the local_infile database flag or set it to "off".
#   controls:
#     nist-800-53: ["CM-6", "CM-7"]
#     pci-dss: ["2.2.1"]
#     soc2: ["CC6.8"]
#     iso-27001: ["A.8.9"]
package plumb.rules.gcp.sql.mysql_local_infile_on

import rego.v1

flag := "local_infile"

deny contains {"msg": msg, "path": ["settings", i, "database_flags", k, "value"]} if {
	startswith(input.attributes.database_version, "MYSQL")
	some i, settings in input.attributes.settings
	some k, f in settings.database_flags
	f.name == flag
	is_string(f.value)
	lower(f.value) == "on"
	msg := sprintf("%s sets the %s database flag to %s", [input.key, flag, f.value])
}
