# METADATA
# title: RDS instance runs in a single Availability Zone
# description: >-
#   A single-AZ instance is down for the whole of an Availability Zone outage, a host failure
#   or storage failure until it is rebuilt from backup, losing what was written since the last
#   backup. multi_az keeps a synchronous standby in a second zone and fails over to it
#   automatically; it defaults to false. Read replicas are not judged: their availability
#   comes from their source.
# custom:
#   id: PLB-AWS-RDS-010
#   severity: low
#   types: [aws_db_instance]
#   remediation: Set multi_az = true on the aws_db_instance (production databases at least).
#   controls:
#     nist-800-53: ["CP-10"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.14"]
#   fix:
#     set: {path: [multi_az], value: true}
package plumb.rules.aws.rds.instance_not_multi_az

import rego.v1

multi_az_set if _ = input.attributes.multi_az

replica if _ = input.attributes.replicate_source_db

deny contains {"msg": msg, "path": ["multi_az"]} if {
	not multi_az_set
	not replica
	msg := sprintf("RDS instance %s does not set multi_az, so it runs in one Availability Zone", [input.key])
}

deny contains {"msg": msg, "path": ["multi_az"]} if {
	input.attributes.multi_az == false
	not replica
	msg := sprintf("RDS instance %s sets multi_az = false, so it runs in one Availability Zone", [input.key])
}
