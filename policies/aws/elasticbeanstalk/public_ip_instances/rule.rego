# METADATA
# title: Elastic Beanstalk environment gives its instances public IP addresses
# description: >-
#   AssociatePublicIpAddress = true puts every instance of the environment on the internet
#   with its own address, next to (or instead of) the load balancer, so its security group is
#   all that guards it.
# custom:
#   id: PLB-AWS-EB-004
#   severity: medium
#   types: [aws_elastic_beanstalk_environment]
#   remediation: >-
#     Set AssociatePublicIpAddress to "false" in the aws:ec2:vpc namespace, launch the
#     instances in private subnets and keep the load balancer in public ones (ELBSubnets).
#   controls:
#     nist-800-53: ["SC-7", "AC-4"]
#     pci-dss: ["1.3.1", "1.4.4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.aws.elasticbeanstalk.public_ip_instances

import rego.v1

# Option values are strings; a bare true or false written in HCL counts the same.
value(v) := lower(v) if is_string(v)

value(v) := "true" if v == true

value(v) := "false" if v == false

deny contains {"msg": msg, "path": ["setting", i, "value"]} if {
	some i, s in input.attributes.setting
	s.namespace == "aws:ec2:vpc"
	s.name == "AssociatePublicIpAddress"
	value(s.value) == "true"
	msg := sprintf("Elastic Beanstalk environment %s gives its instances public IP addresses", [input.key])
}
