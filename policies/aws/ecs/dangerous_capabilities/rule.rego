# METADATA
# title: ECS container adds powerful Linux capabilities
# description: >-
#   Capabilities such as SYS_ADMIN, SYS_MODULE, SYS_PTRACE, NET_ADMIN or ALL give a container
#   most of root's power over the host kernel: mounting file systems, loading modules,
#   tracing other processes or rewriting the host's network, the usual steps of a container
#   escape.
# custom:
#   id: PLB-AWS-ECS-012
#   severity: high
#   types: [aws_ecs_task_definition]
#   remediation: >-
#     Remove these names from linuxParameters.capabilities.add; add only narrow capabilities
#     such as NET_BIND_SERVICE, and drop ALL first.
#   controls:
#     nist-800-53: ["AC-6", "CM-7"]
#     pci-dss: ["2.2.1", "7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2", "A.8.9"]
package plumb.rules.aws.ecs.dangerous_capabilities

import rego.v1

import data.plumb.lib.aws

dangerous := {"ALL", "SYS_ADMIN", "SYS_MODULE", "SYS_PTRACE", "SYS_RAWIO", "SYS_BOOT", "NET_ADMIN", "DAC_READ_SEARCH", "BPF", "PERFMON"}

deny contains {"msg": msg, "path": ["container_definitions", i, "linuxParameters", "capabilities", "add", k]} if {
	some i, c in aws.ecs_containers(input.attributes.container_definitions)
	some k, capability in c.linuxParameters.capabilities.add
	is_string(capability)
	upper(trim_prefix(capability, "CAP_")) in dangerous
	msg := sprintf("task definition %s gives container %s the %s capability", [input.key, aws.ecs_name(c), capability])
}
