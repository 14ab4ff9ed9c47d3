# METADATA
# title: Launch configuration gives instances a public IP address
# description: >-
#   With associate_public_ip_address = true every instance the Auto Scaling group starts gets an
#   address reachable from the internet, whatever the subnet's own setting, so its security
#   groups become the only thing between the instance and the internet.
# custom:
#   id: PLB-AWS-EC2-011
#   severity: medium
#   types: [aws_launch_configuration]
#   remediation: >-
#     Remove associate_public_ip_address (or set it to false), launch into private subnets and
#     reach the instances through a load balancer, NAT gateway or Systems Manager.
#   controls:
#     nist-800-53: ["SC-7", "AC-4"]
#     pci-dss: ["1.3.1", "1.4.4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.aws.ec2.launch_configuration_public_ip

import rego.v1

deny contains {"msg": msg, "path": ["associate_public_ip_address"]} if {
	input.attributes.associate_public_ip_address == true
	msg := sprintf("launch configuration %s gives every instance a public IP address", [input.key])
}
