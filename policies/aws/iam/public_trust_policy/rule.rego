# METADATA
# title: IAM role can be assumed by any AWS principal
# description: >-
#   A trust policy that allows Principal "*" (or {"AWS": "*"}) without a Condition lets any
#   identity in any AWS account assume the role and act with its permissions. Trust should name
#   the accounts, roles or services that need the role, or pin it down with conditions such as
#   aws:PrincipalOrgID or sts:ExternalId.
# custom:
#   id: PLB-AWS-IAM-005
#   severity: critical
#   types: [aws_iam_role]
#   remediation: >-
#     In assume_role_policy, set Principal to the specific account or role ARNs (for example
#     {"AWS": "arn:aws:iam::111122223333:role/deployer"}) or service; if many accounts must be
#     trusted, keep "*" only together with a Condition such as
#     {"StringEquals": {"aws:PrincipalOrgID": "o-exampleorgid"}}.
#   controls:
#     nist-800-53: ["AC-3", "AC-6"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15"]
package plumb.rules.aws.iam.public_trust_policy

import data.plumb.lib.aws
import rego.v1

deny contains {"msg": msg, "path": s.path} if {
	some s in aws.b2_statements_at(input.attributes.assume_role_policy, ["assume_role_policy"])
	aws.b2_public_unconditioned(s.stmt)
	msg := sprintf("role %s trusts every AWS principal without a condition, so anyone can assume it", [input.key])
}
