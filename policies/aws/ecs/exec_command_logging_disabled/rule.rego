# METADATA
# title: ECS cluster does not log ECS Exec sessions
# description: >-
#   ECS Exec opens an interactive shell in running containers. With logging = "NONE" the
#   commands typed in those sessions are recorded nowhere, so hands-on-keyboard activity in
#   production leaves no trail.
# custom:
#   id: PLB-AWS-ECS-011
#   severity: medium
#   types: [aws_ecs_cluster]
#   remediation: >-
#     Set logging = "DEFAULT" (the awslogs configuration of the task) or "OVERRIDE" with a
#     log_configuration in execute_command_configuration.
#   controls:
#     nist-800-53: ["AU-2", "AU-12", "AC-17(1)"]
#     pci-dss: ["10.2.1", "10.2.1.2"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.ecs.exec_command_logging_disabled

import rego.v1

deny contains {"msg": msg, "path": ["configuration", i, "execute_command_configuration", j, "logging"]} if {
	some i, config in input.attributes.configuration
	some j, exec in config.execute_command_configuration
	exec.logging == "NONE"
	msg := sprintf("ECS cluster %s does not log ECS Exec sessions", [input.key])
}
