# METADATA
# title: ECR repository policy allows every principal without a condition
# description: >-
#   A repository policy statement with Principal "*" (or {"AWS": "*"}) and no Condition opens
#   the repository to every AWS account: anyone can pull its images, which often embed code and
#   configuration, and with push actions anyone can replace them.
# custom:
#   id: PLB-AWS-ECR-003
#   severity: high
#   types: [aws_ecr_repository_policy, aws_ecr_repository]
#   remediation: >-
#     Name the accounts or roles that pull or push in Principal (for example
#     {"AWS": "arn:aws:iam::111122223333:root"}), or keep "*" only with a Condition such as
#     {"StringEquals": {"aws:PrincipalOrgID": "o-exampleorgid"}}; publish public images through
#     ECR Public instead.
#   controls:
#     nist-800-53: ["AC-3"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15"]
package plumb.rules.aws.ecr.public_repository_policy

import data.plumb.lib.aws
import rego.v1

deny contains {"msg": msg, "path": s.path} if {
	some s in aws.b2_statements_at(input.attributes.policy, ["policy"])
	aws.b2_public_unconditioned(s.stmt)
	msg := sprintf("repository policy of %s lets every AWS principal in, with no condition", [input.key])
}
