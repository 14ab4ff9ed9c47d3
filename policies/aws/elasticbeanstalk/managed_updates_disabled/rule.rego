# METADATA
# title: Elastic Beanstalk environment turns managed platform updates off
# description: >-
#   With ManagedActionsEnabled = false the environment's platform (operating system, language
#   runtime, web server) is patched only when someone updates it by hand, so known
#   vulnerabilities stay in production until then.
# custom:
#   id: PLB-AWS-EB-002
#   severity: medium
#   types: [aws_elastic_beanstalk_environment]
#   remediation: >-
#     Set ManagedActionsEnabled to "true" in the aws:elasticbeanstalk:managedactions
#     namespace, with a PreferredStartTime and UpdateLevel in
#     aws:elasticbeanstalk:managedactions:platformupdate.
#   controls:
#     nist-800-53: ["SI-2", "SI-2(2)"]
#     pci-dss: ["6.3.3"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.8"]
package plumb.rules.aws.elasticbeanstalk.managed_updates_disabled

import rego.v1

# Option values are strings; a bare true or false written in HCL counts the same.
value(v) := lower(v) if is_string(v)

value(v) := "true" if v == true

value(v) := "false" if v == false

deny contains {"msg": msg, "path": ["setting", i, "value"]} if {
	some i, s in input.attributes.setting
	s.namespace == "aws:elasticbeanstalk:managedactions"
	s.name == "ManagedActionsEnabled"
	value(s.value) == "false"
	msg := sprintf("Elastic Beanstalk environment %s turns managed platform updates off", [input.key])
}
