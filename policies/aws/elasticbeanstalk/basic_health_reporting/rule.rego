# METADATA
# title: Elastic Beanstalk environment uses basic health reporting
# description: >-
#   Basic health reporting judges instances only by the load balancer's checks. Enhanced
#   reporting adds the operating system and application view (request error rates, latency,
#   failed deployments) that shows a degraded or tampered instance early.
# custom:
#   id: PLB-AWS-EB-005
#   severity: low
#   types: [aws_elastic_beanstalk_environment]
#   remediation: >-
#     Set SystemType to "enhanced" in the aws:elasticbeanstalk:healthreporting:system
#     namespace (the instance profile needs the AWSElasticBeanstalkEnhancedHealth policy).
#   controls:
#     nist-800-53: ["SI-4"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.16"]
package plumb.rules.aws.elasticbeanstalk.basic_health_reporting

import rego.v1

# Only an explicit "basic" is judged: the default depends on how the environment is created.
deny contains {"msg": msg, "path": ["setting", i, "value"]} if {
	some i, s in input.attributes.setting
	s.namespace == "aws:elasticbeanstalk:healthreporting:system"
	s.name == "SystemType"
	is_string(s.value)
	lower(s.value) == "basic"
	msg := sprintf("Elastic Beanstalk environment %s uses basic health reporting", [input.key])
}
