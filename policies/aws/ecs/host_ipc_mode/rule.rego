# METADATA
# title: ECS task definition shares the host's IPC namespace
# description: >-
#   With ipc_mode = "host" the task's containers share shared-memory segments, semaphores
#   and message queues with every process on the EC2 instance, so they can read or corrupt
#   data other tasks and host services exchange through them.
# custom:
#   id: PLB-AWS-ECS-006
#   severity: medium
#   types: [aws_ecs_task_definition]
#   remediation: >-
#     Remove ipc_mode or set it to "task" (shared only between the task's containers) or
#     "none".
#   controls:
#     nist-800-53: ["AC-6", "SC-39"]
#     pci-dss: ["2.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.9"]
package plumb.rules.aws.ecs.host_ipc_mode

import rego.v1

deny contains {"msg": msg, "path": ["ipc_mode"]} if {
	input.attributes.ipc_mode == "host"
	msg := sprintf("task definition %s shares the host IPC namespace (ipc_mode = host)", [input.key])
}
