# METADATA
# title: ECS container has no log configuration
# description: >-
#   A container definition without logConfiguration sends its output nowhere that outlives
#   the task: once it stops, what the application logged about errors, logins or attacks is
#   gone.
# custom:
#   id: PLB-AWS-ECS-007
#   severity: low
#   types: [aws_ecs_task_definition]
#   remediation: >-
#     Add "logConfiguration": { "logDriver": "awslogs", "options": { ... } } (or
#     awsfirelens) to every container definition.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.ecs.container_logging_not_configured

import rego.v1

import data.plumb.lib.aws

deny contains {"msg": msg, "path": ["container_definitions", i, "logConfiguration"]} if {
	some i, c in aws.ecs_containers(input.attributes.container_definitions)
	not c.logConfiguration
	msg := sprintf("task definition %s has no log configuration for container %s", [input.key, aws.ecs_name(c)])
}
