# METADATA
# title: Secrets Manager secret is not rotated automatically
# description: >-
#   A secret that is never rotated stays valid for as long as it exists: a copy leaked
#   through a log, a laptop or a former colleague keeps working. A secret rotates when an
#   aws_secretsmanager_secret_rotation points at it (Plumb merges it into the secret as
#   rotation) or, with AWS provider 4 and older, when the secret sets rotation_lambda_arn.
# custom:
#   id: PLB-AWS-SECRETS-001
#   severity: medium
#   types: [aws_secretsmanager_secret]
#   remediation: >-
#     Add an aws_secretsmanager_secret_rotation with a rotation Lambda (AWS provides them
#     for RDS, Redshift and DocumentDB credentials) and rotation_rules of 90 days or
#     less; for database master passwords prefer manage_master_user_password, which RDS
#     rotates itself.
#   controls:
#     nist-800-53: ["IA-5", "SC-12"]
#     pci-dss: ["8.3.9", "8.6.3"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
package plumb.rules.aws.secretsmanager.rotation_disabled

import rego.v1

rotated if count(input.attributes.rotation) > 0

# AWS provider 4 and older: rotation configured on the secret itself.
rotated if _ = input.attributes.rotation_lambda_arn

deny contains {"msg": msg, "path": []} if {
	not rotated
	msg := sprintf("secret %s has no automatic rotation", [input.key])
}
