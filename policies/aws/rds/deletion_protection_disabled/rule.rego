# METADATA
# title: RDS database does not have deletion protection
# description: >-
#   Without deletion protection a single API call, a mistaken terraform destroy or a replaced
#   resource deletes the database. deletion_protection defaults to false; with it on, deleting
#   needs a deliberate change first.
# custom:
#   id: PLB-AWS-RDS-004
#   severity: medium
#   types: [aws_db_instance, aws_rds_cluster]
#   remediation: >-
#     Set deletion_protection = true on the aws_db_instance or aws_rds_cluster (turn it off in a
#     separate, reviewed change when the database really must go).
#   controls:
#     soc2: ["A1.2"]
#   fix:
#     set: {path: [deletion_protection], value: true}
package plumb.rules.aws.rds.deletion_protection_disabled

import rego.v1

protection_set if _ = input.attributes.deletion_protection

deny contains {"msg": msg, "path": []} if {
	not protection_set
	msg := sprintf("database %s does not enable deletion_protection", [input.key])
}

deny contains {"msg": msg, "path": ["deletion_protection"]} if {
	input.attributes.deletion_protection == false
	msg := sprintf("database %s sets deletion_protection = false", [input.key])
}
