# METADATA
# title: ECS container is set to run as root
# description: >-
#   A container definition whose user is root (or UID 0) runs the application with full
#   privileges inside the container, so any code-execution flaw gets root, and with a writable
#   host mount or an extra capability, a path to the host.
# custom:
#   id: PLB-AWS-ECS-013
#   severity: medium
#   types: [aws_ecs_task_definition]
#   remediation: >-
#     Set "user" to an unprivileged UID (for example "1000:1000") and build the image so
#     the application runs as that user.
#   controls:
#     nist-800-53: ["AC-6", "AC-6(10)"]
#     pci-dss: ["2.2.1", "7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2"]
package plumb.rules.aws.ecs.container_runs_as_root

import rego.v1

import data.plumb.lib.aws

# Only an explicit root user is judged: without "user" the image decides.
deny contains {"msg": msg, "path": ["container_definitions", i, "user"]} if {
	some i, c in aws.ecs_containers(input.attributes.container_definitions)
	is_string(c.user)
	root_user(c.user)
	msg := sprintf("task definition %s runs container %s as root (user %q)", [input.key, aws.ecs_name(c), c.user])
}

root_user(u) if split(u, ":")[0] in {"root", "0"}
