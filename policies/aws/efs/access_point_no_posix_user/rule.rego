# METADATA
# title: EFS access point does not enforce a user identity
# description: >-
#   Without posix_user, clients that mount through an access point act with whatever user
#   and group ids they claim, root included, so file permissions no longer separate them.
# custom:
#   id: PLB-AWS-EFS-004
#   severity: low
#   types: [aws_efs_access_point]
#   remediation: >-
#     Add posix_user { uid = ..., gid = ... } to the aws_efs_access_point so every
#     request through it runs as that user.
#   controls:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
package plumb.rules.aws.efs.access_point_no_posix_user

import rego.v1

posix_user_set if count(input.attributes.posix_user) > 0

deny contains {"msg": msg, "path": []} if {
	not posix_user_set
	msg := sprintf("access point %s does not enforce a POSIX user, so clients choose their own identity", [input.key])
}
