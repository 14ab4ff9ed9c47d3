# METADATA
# title: Elastic Beanstalk environment keeps IMDSv1 on its instances
# description: >-
#   DisableIMDSv1 = false leaves the instances answering plain IMDSv1 requests, so a
#   server-side request forgery in the application is enough to read the instance profile's
#   credentials.
# custom:
#   id: PLB-AWS-EB-003
#   severity: high
#   types: [aws_elastic_beanstalk_environment]
#   remediation: >-
#     Set DisableIMDSv1 to "true" in the aws:autoscaling:launchconfiguration namespace.
#   controls:
#     cis-aws: ["5.6"]
#     nist-800-53: ["CM-6", "AC-3"]
#     iso-27001: ["A.8.9"]
package plumb.rules.aws.elasticbeanstalk.imdsv1_enabled

import rego.v1

# Option values are strings; a bare true or false written in HCL counts the same.
value(v) := lower(v) if is_string(v)

value(v) := "true" if v == true

value(v) := "false" if v == false

# The default depends on the platform version (IMDSv1 is off on Amazon Linux 2023
# platforms): only an explicit "false" is judged.
deny contains {"msg": msg, "path": ["setting", i, "value"]} if {
	some i, s in input.attributes.setting
	s.namespace == "aws:autoscaling:launchconfiguration"
	s.name == "DisableIMDSv1"
	value(s.value) == "false"
	msg := sprintf("Elastic Beanstalk environment %s keeps IMDSv1 enabled on its instances", [input.key])
}
