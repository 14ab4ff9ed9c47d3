# METADATA
# title: WAF web ACL does not log the requests it inspects
# description: >-
#   Without a logging configuration AWS WAF keeps only sampled requests for three hours and
#   aggregate metrics: which client was blocked, by which rule, with which payload, is not
#   recorded, so attacks and false positives cannot be investigated.
# custom:
#   id: PLB-AWS-WAF-003
#   severity: medium
#   types: [aws_wafv2_web_acl]
#   remediation: >-
#     Add an aws_wafv2_web_acl_logging_configuration for the web ACL, delivering to a
#     CloudWatch log group, S3 bucket or Firehose stream whose name starts with aws-waf-logs-.
#   controls:
#     nist-800-53: ["AU-2", "AU-12", "SI-4"]
#     pci-dss: ["10.2.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.waf.web_acl_logging_disabled

import rego.v1

# The separate aws_wafv2_web_acl_logging_configuration is merged into logging_configuration.
deny contains {"msg": msg, "path": ["logging_configuration"]} if {
	not has_logging
	msg := sprintf("web ACL %s does not log the requests it inspects", [input.key])
}

has_logging if count(input.attributes.logging_configuration) > 0
