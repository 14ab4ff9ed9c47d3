# METADATA
# title: DynamoDB resource policy allows every principal without a condition
# description: >-
#   A resource-based policy on a DynamoDB table or stream with Principal "*" (or
#   {"AWS": "*"}) and no Condition lets any AWS account run the listed actions: read or
#   overwrite items, scan the table or read its change stream.
# custom:
#   id: PLB-AWS-DDB-006
#   severity: high
#   types: [aws_dynamodb_resource_policy]
#   remediation: >-
#     Name the accounts or roles that need the table in Principal, or keep "*" only with a
#     Condition such as aws:PrincipalOrgID or aws:SourceVpce.
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.dynamodb.public_resource_policy

import data.plumb.lib.aws
import rego.v1

deny contains {"msg": msg, "path": s.path} if {
	some s in aws.b2_statements_at(input.attributes.policy, ["policy"])
	aws.b2_public_unconditioned(s.stmt)
	msg := sprintf("resource policy %s lets every AWS principal use the table, with no condition", [input.key])
}
