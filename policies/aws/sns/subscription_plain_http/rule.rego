# METADATA
# title: SNS topic subscription delivers over plain HTTP
# description: >-
#   A subscription with protocol = "http" has SNS POST every message of the topic to the
#   endpoint unencrypted, where anyone on the path can read or alter it.
# custom:
#   id: PLB-AWS-SNS-003
#   severity: medium
#   types: [aws_sns_topic_subscription]
#   remediation: >-
#     Use protocol = "https" with an https:// endpoint that presents a valid certificate.
#   controls:
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.sns.subscription_plain_http

import rego.v1

deny contains {"msg": msg, "path": ["protocol"]} if {
	input.attributes.protocol == "http"
	msg := sprintf("subscription %s delivers messages over plain HTTP", [input.key])
}
