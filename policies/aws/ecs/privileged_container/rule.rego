# METADATA
# title: ECS task definition runs a privileged container
# description: >-
#   A privileged container has every Linux capability and access to all host devices: a
#   compromise of the application inside is a compromise of the EC2 host and of every other
#   task running on it.
# custom:
#   id: PLB-AWS-ECS-001
#   severity: high
#   types: [aws_ecs_task_definition]
#   remediation: >-
#     Remove "privileged": true from the container definition; grant only the individual
#     capabilities the container needs with linuxParameters.capabilities.add.
#   controls:
#     nist-800-53: ["AC-6", "CM-7"]
#     pci-dss: ["2.2.1", "7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2", "A.8.9"]
package plumb.rules.aws.ecs.privileged_container

import rego.v1

import data.plumb.lib.aws

deny contains {"msg": msg, "path": ["container_definitions", i, "privileged"]} if {
	some i, c in aws.ecs_containers(input.attributes.container_definitions)
	c.privileged == true
	msg := sprintf("task definition %s runs container %s privileged", [input.key, aws.ecs_name(c)])
}
