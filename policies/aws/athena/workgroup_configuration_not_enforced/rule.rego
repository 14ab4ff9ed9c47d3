# METADATA
# title: Athena workgroup lets clients override its settings
# description: >-
#   With enforce_workgroup_configuration = false, each query's client settings win over the
#   workgroup's: a client can write results to any bucket it chooses, without the
#   workgroup's encryption, and bypass its per-query data limits. It defaults to true.
# custom:
#   id: PLB-AWS-ATHENA-001
#   severity: low
#   types: [aws_athena_workgroup]
#   remediation: >-
#     Remove enforce_workgroup_configuration = false (it defaults to true) from the
#     workgroup's configuration block.
#   controls:
#     nist-800-53: ["CM-6", "SC-28"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.9"]
package plumb.rules.aws.athena.workgroup_configuration_not_enforced

import rego.v1

deny contains {"msg": msg, "path": ["configuration", i, "enforce_workgroup_configuration"]} if {
	some i, conf in input.attributes.configuration
	conf.enforce_workgroup_configuration == false
	msg := sprintf("Athena workgroup %s lets clients override its result location and encryption", [input.key])
}
