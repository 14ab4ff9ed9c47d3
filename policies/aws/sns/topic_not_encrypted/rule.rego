# METADATA
# title: SNS topic is not encrypted at rest
# description: >-
#   Without kms_master_key_id, messages waiting in an SNS topic are stored without server-side
#   encryption under a KMS key, and nothing beyond the topic policy guards who can read what
#   it carries. Notifications often include order, account or alert details.
# custom:
#   id: PLB-AWS-SNS-001
#   severity: medium
#   types: [aws_sns_topic]
#   remediation: >-
#     Set kms_master_key_id to a customer managed aws_kms_key (whose policy lets the publishing
#     services use it) or to "alias/aws/sns".
#   controls:
#     nist-800-53: ["SC-28"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.sns.topic_not_encrypted

import rego.v1

key_set if _ = input.attributes.kms_master_key_id

deny contains {"msg": msg, "path": []} if {
	not key_set
	msg := sprintf("SNS topic %s does not set kms_master_key_id, so messages are not encrypted at rest with KMS", [input.key])
}

deny contains {"msg": msg, "path": ["kms_master_key_id"]} if {
	input.attributes.kms_master_key_id == ""
	msg := sprintf("SNS topic %s sets an empty kms_master_key_id", [input.key])
}
