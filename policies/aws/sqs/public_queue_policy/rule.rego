# METADATA
# title: SQS queue policy allows every principal without a condition
# description: >-
#   A queue policy statement with Principal "*" (or {"AWS": "*"}) and no Condition lets any AWS
#   account use the listed actions on the queue: read and delete its messages, or inject
#   messages that consumers will trust and process.
# custom:
#   id: PLB-AWS-SQS-002
#   severity: high
#   types: [aws_sqs_queue_policy, aws_sqs_queue]
#   remediation: >-
#     Name the producing or consuming account, role or service in Principal, and for a service
#     principal add a Condition on aws:SourceArn (for example the SNS topic or S3 bucket ARN);
#     keep "*" only with a Condition such as aws:PrincipalOrgID.
#   controls:
#     nist-800-53: ["AC-3"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15"]
package plumb.rules.aws.sqs.public_queue_policy

import data.plumb.lib.aws
import rego.v1

deny contains {"msg": msg, "path": s.path} if {
	some s in aws.b2_statements_at(input.attributes.policy, ["policy"])
	aws.b2_public_unconditioned(s.stmt)
	msg := sprintf("queue policy of %s lets every AWS principal in, with no condition", [input.key])
}
