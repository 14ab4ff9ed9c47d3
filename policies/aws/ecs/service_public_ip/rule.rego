# METADATA
# title: ECS service gives its tasks public IP addresses
# description: >-
#   With assign_public_ip = true every task of the service gets an internet-reachable address,
#   so its security groups are all that stands between the containers and the internet.
# custom:
#   id: PLB-AWS-ECS-010
#   severity: medium
#   types: [aws_ecs_service]
#   remediation: >-
#     Set assign_public_ip = false, run the tasks in private subnets and reach the internet
#     through a NAT gateway, the service through a load balancer.
#   controls:
#     nist-800-53: ["SC-7", "AC-4"]
#     pci-dss: ["1.3.1", "1.4.4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.aws.ecs.service_public_ip

import rego.v1

deny contains {"msg": msg, "path": ["network_configuration", i, "assign_public_ip"]} if {
	some i, config in input.attributes.network_configuration
	config.assign_public_ip == true
	msg := sprintf("ECS service %s gives its tasks public IP addresses", [input.key])
}
