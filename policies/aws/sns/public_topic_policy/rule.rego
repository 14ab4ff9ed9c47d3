# METADATA
# title: SNS topic policy allows every principal without a condition
# description: >-
#   A topic policy statement with Principal "*" (or {"AWS": "*"}) and no Condition lets any AWS
#   account use the listed actions: publish forged messages to every subscriber, subscribe an
#   endpoint of its own and receive the messages, or change the topic.
# custom:
#   id: PLB-AWS-SNS-002
#   severity: high
#   types: [aws_sns_topic_policy, aws_sns_topic]
#   remediation: >-
#     Name the publishing account, role or service in Principal, and for a service principal
#     add a Condition on aws:SourceArn or aws:SourceAccount; keep "*" only with a Condition
#     such as aws:PrincipalOrgID.
#   controls:
#     nist-800-53: ["AC-3"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15"]
package plumb.rules.aws.sns.public_topic_policy

import data.plumb.lib.aws
import rego.v1

deny contains {"msg": msg, "path": s.path} if {
	some s in aws.b2_statements_at(input.attributes.policy, ["policy"])
	aws.b2_public_unconditioned(s.stmt)
	msg := sprintf("topic policy of %s lets every AWS principal in, with no condition", [input.key])
}
