# METADATA
# title: Subnet gives every instance a public IP address
# description: >-
#   With map_public_ip_on_launch = true every instance or network interface launched into the
#   subnet gets an internet-reachable address unless its launch says otherwise, so workloads
#   meant to stay private end up exposed by default.
# custom:
#   id: PLB-AWS-VPC-009
#   severity: medium
#   types: [aws_subnet, aws_default_subnet]
#   remediation: >-
#     Set map_public_ip_on_launch = false and give a public address only to the instances that
#     need one (associate_public_ip_address on the instance or launch template), or put them
#     behind a load balancer.
#   controls:
#     nist-800-53: ["SC-7", "AC-4"]
#     pci-dss: ["1.3.1", "1.4.4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.aws.vpc.subnet_public_ip_on_launch

import rego.v1

deny contains {"msg": msg, "path": ["map_public_ip_on_launch"]} if {
	input.attributes.map_public_ip_on_launch == true
	msg := sprintf("subnet %s assigns a public IP address to every instance launched in it", [input.key])
}
