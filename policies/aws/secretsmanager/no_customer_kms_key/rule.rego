# METADATA
# title: Secrets Manager secret is encrypted with the AWS managed key
# description: >-
#   A secret without kms_key_id is encrypted with the AWS managed key aws/secretsmanager:
#   every principal in the account allowed secretsmanager:GetSecretValue can read it, the
#   key policy cannot narrow that, and the secret cannot be shared with another account.
# custom:
#   id: PLB-AWS-SECRETS-003
#   severity: low
#   types: [aws_secretsmanager_secret]
#   remediation: >-
#     Create a customer managed aws_kms_key whose policy names the roles that read the
#     secret and set kms_key_id on the aws_secretsmanager_secret.
#   controls:
#     nist-800-53: ["SC-12", "SC-28"]
#     pci-dss: ["3.6.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
package plumb.rules.aws.secretsmanager.no_customer_kms_key

import rego.v1

key_set if _ = input.attributes.kms_key_id

deny contains {"msg": msg, "path": ["kms_key_id"]} if {
	not key_set
	msg := sprintf("secret %s is encrypted with the AWS managed key aws/secretsmanager", [input.key])
}
