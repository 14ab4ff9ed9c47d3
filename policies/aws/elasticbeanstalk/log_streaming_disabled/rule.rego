# METADATA
# title: Elastic Beanstalk environment does not stream logs to CloudWatch
# description: >-
#   Instance logs stay on the instances unless StreamLogs is on (it is off by default), and
#   are lost when Auto Scaling replaces an instance, so application and web server logs of a
#   compromised or crashed host cannot be examined.
# custom:
#   id: PLB-AWS-EB-001
#   severity: low
#   types: [aws_elastic_beanstalk_environment]
#   remediation: >-
#     Add setting { namespace = "aws:elasticbeanstalk:cloudwatch:logs" name = "StreamLogs"
#     value = "true" } (with RetentionInDays) to the environment.
#   controls:
#     nist-800-53: ["AU-4(1)", "AU-12"]
#     pci-dss: ["10.3.3"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.elasticbeanstalk.log_streaming_disabled

import rego.v1

# Option values are strings; a bare true or false written in HCL counts the same.
value(v) := lower(v) if is_string(v)

value(v) := "true" if v == true

value(v) := "false" if v == false

namespace := "aws:elasticbeanstalk:cloudwatch:logs"

deny contains {"msg": msg, "path": ["setting"]} if {
	not streams_setting
	msg := sprintf("Elastic Beanstalk environment %s does not stream instance logs to CloudWatch Logs", [input.key])
}

deny contains {"msg": msg, "path": ["setting", i, "value"]} if {
	some i, s in input.attributes.setting
	s.namespace == namespace
	s.name == "StreamLogs"
	value(s.value) == "false"
	msg := sprintf("Elastic Beanstalk environment %s turns log streaming to CloudWatch Logs off", [input.key])
}

# StreamLogs defaults to false; a setting whose namespace or name is unknown might be it.
streams_setting if {
	some s in input.attributes.setting
	s.namespace == namespace
	s.name == "StreamLogs"
}
