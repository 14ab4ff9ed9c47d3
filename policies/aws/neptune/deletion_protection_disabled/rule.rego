# METADATA
# title: Neptune cluster does not have deletion protection
# description: >-
#   Without deletion protection a Neptune cluster goes with one API call or a mistaken
#   terraform destroy. deletion_protection defaults to false.
# custom:
#   id: PLB-AWS-NEPTUNE-005
#   severity: medium
#   types: [aws_neptune_cluster]
#   remediation: >-
#     Set deletion_protection = true on the aws_neptune_cluster.
#   controls:
#     nist-800-53: ["CP-9"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
#   fix:
#     set: {path: [deletion_protection], value: true}
package plumb.rules.aws.neptune.deletion_protection_disabled

import rego.v1

attr_set if _ = input.attributes.deletion_protection

deny contains {"msg": msg, "path": []} if {
	not attr_set
	msg := sprintf("%s does not set deletion_protection, so it can be deleted in one call", [input.key])
}

deny contains {"msg": msg, "path": ["deletion_protection"]} if {
	input.attributes.deletion_protection == false
	msg := sprintf("%s sets deletion_protection = false, so it can be deleted in one call", [input.key])
}
