# METADATA
# title: ECS task definition shares the host's process namespace
# description: >-
#   With pid_mode = "host" the task's containers see every process on the EC2 instance,
#   including other tasks and the ECS agent, and can read their environment or signal them;
#   with enough privileges they can inject into them.
# custom:
#   id: PLB-AWS-ECS-005
#   severity: high
#   types: [aws_ecs_task_definition]
#   remediation: >-
#     Remove pid_mode (each task then gets its own namespace) or set it to "task".
#   controls:
#     nist-800-53: ["AC-6", "SC-39"]
#     pci-dss: ["2.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.9"]
package plumb.rules.aws.ecs.host_pid_mode

import rego.v1

deny contains {"msg": msg, "path": ["pid_mode"]} if {
	input.attributes.pid_mode == "host"
	msg := sprintf("task definition %s shares the host process namespace (pid_mode = host)", [input.key])
}
