# METADATA
# title: ECS container can write to its root filesystem
# description: >-
#   A container whose root filesystem is writable lets an intruder drop tools, change binaries
#   and persist inside the running task. readonlyRootFilesystem is false unless set, and
#   applications seldom need more than a few writable volume mounts.
# custom:
#   id: PLB-AWS-ECS-002
#   severity: low
#   types: [aws_ecs_task_definition]
#   remediation: >-
#     Set "readonlyRootFilesystem": true in the container definition and mount a volume (or
#     a tmpfs) for the paths the application writes to.
#   controls:
#     nist-800-53: ["CM-7", "SI-7"]
#     pci-dss: ["2.2.1"]
#     soc2: ["CC6.8"]
#     iso-27001: ["A.8.9"]
package plumb.rules.aws.ecs.writable_root_filesystem

import rego.v1

import data.plumb.lib.aws

deny contains {"msg": msg, "path": ["container_definitions", i, "readonlyRootFilesystem"]} if {
	some i, c in aws.ecs_containers(input.attributes.container_definitions)
	not c.readonlyRootFilesystem == true
	msg := sprintf("task definition %s lets container %s write to its root filesystem", [input.key, aws.ecs_name(c)])
}
