# METADATA
# title: Secrets Manager secret policy allows every principal without a condition
# description: >-
#   A resource policy on a secret with Principal "*" (or {"AWS": "*"}) and no Condition
#   lets any AWS account call the listed actions, such as GetSecretValue, on the secret.
# custom:
#   id: PLB-AWS-SECRETS-004
#   severity: critical
#   types: [aws_secretsmanager_secret, aws_secretsmanager_secret_policy]
#   remediation: >-
#     Name the roles that read the secret in Principal, or keep "*" only with a Condition
#     such as aws:PrincipalOrgID; set block_public_policy = true on the
#     aws_secretsmanager_secret_policy so Secrets Manager refuses such policies.
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.secretsmanager.public_secret_policy

import data.plumb.lib.aws
import rego.v1

deny contains {"msg": msg, "path": s.path} if {
	some s in aws.b2_statements_at(input.attributes.policy, ["policy"])
	aws.b2_public_unconditioned(s.stmt)
	msg := sprintf("policy of %s lets every AWS principal use the secret, with no condition", [input.key])
}
