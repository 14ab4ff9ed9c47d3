# METADATA
# title: ECS task definition uses the host network mode
# description: >-
#   In host network mode the task's containers share the EC2 instance's network stack: they
#   bypass task-level security groups, can bind any host port, see every host interface and
#   reach the instance metadata service and its role credentials.
# custom:
#   id: PLB-AWS-ECS-003
#   severity: medium
#   types: [aws_ecs_task_definition]
#   remediation: >-
#     Use network_mode = "awsvpc" (each task gets its own interface and security groups) or
#     "bridge".
#   controls:
#     nist-800-53: ["SC-7", "AC-6"]
#     pci-dss: ["1.3.1", "2.2.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.aws.ecs.host_network_mode

import rego.v1

deny contains {"msg": msg, "path": ["network_mode"]} if {
	input.attributes.network_mode == "host"
	msg := sprintf("task definition %s shares the host network stack (network_mode = host)", [input.key])
}
