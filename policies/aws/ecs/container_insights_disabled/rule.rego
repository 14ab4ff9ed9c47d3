# METADATA
# title: ECS cluster turns Container Insights off
# description: >-
#   Without Container Insights the cluster's tasks and services report no per-task CPU,
#   memory, network and restart metrics, so a runaway or hijacked task (crypto-mining, data
#   exfiltration) does not stand out.
# custom:
#   id: PLB-AWS-ECS-009
#   severity: low
#   types: [aws_ecs_cluster]
#   remediation: >-
#     Set setting { name = "containerInsights" value = "enabled" } (or "enhanced") on
#     the aws_ecs_cluster.
#   controls:
#     nist-800-53: ["SI-4", "AU-12"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.16"]
package plumb.rules.aws.ecs.container_insights_disabled

import rego.v1

# Without the setting the account default applies, which may be on: only an explicit
# "disabled" is judged.
deny contains {"msg": msg, "path": ["setting", i, "value"]} if {
	some i, setting in input.attributes.setting
	setting.name == "containerInsights"
	setting.value == "disabled"
	msg := sprintf("ECS cluster %s turns Container Insights off", [input.key])
}
