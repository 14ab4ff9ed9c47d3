# METADATA
# title: Launch template gives instances a public IP address
# description: >-
#   A network interface of the launch template with associate_public_ip_address = true gives
#   every instance started from it an address reachable from the internet, whatever the
#   subnet's own setting.
# custom:
#   id: PLB-AWS-EC2-012
#   severity: medium
#   types: [aws_launch_template]
#   remediation: >-
#     Remove associate_public_ip_address from the network_interfaces block (or set it to
#     false), launch into private subnets and reach the instances through a load balancer.
#   controls:
#     nist-800-53: ["SC-7", "AC-4"]
#     pci-dss: ["1.3.1", "1.4.4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.aws.ec2.launch_template_public_ip

import rego.v1

# The provider types this argument as a string, so "true" counts as much as true.
deny contains {"msg": msg, "path": ["network_interfaces", i, "associate_public_ip_address"]} if {
	some i, nic in input.attributes.network_interfaces
	nic.associate_public_ip_address in {true, "true"}
	msg := sprintf("launch template %s gives every instance a public IP address", [input.key])
}
