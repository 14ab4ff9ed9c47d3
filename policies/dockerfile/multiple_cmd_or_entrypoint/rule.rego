# METADATA
# title: CMD or ENTRYPOINT that never takes effect
# description: >-
#   Only the last CMD and the last ENTRYPOINT of a stage count; earlier ones are silently
#   replaced. A reader, or a reviewer, who sees the first one is misled about what the
#   container runs.
# custom:
#   id: PLB-DOCKER-015
#   severity: low
#   types: [dockerfile]
#   remediation: Keep one CMD and one ENTRYPOINT per stage, the ones the container should run.
#   fix:
#     dockerfile: {op: comment-out}
package plumb.rules.dockerfile.multiple_cmd_or_entrypoint

import rego.v1

# Reported at each instruction a later one of the same kind overrides.
deny contains {"msg": msg, "path": ["stages", i, "instructions", k]} if {
	some i, stage in input.attributes.stages
	some k, inst in stage.instructions
	inst.instruction in {"CMD", "ENTRYPOINT"}
	some l, later in stage.instructions
	l > k
	later.instruction == inst.instruction
	msg := sprintf("this %s is overridden by a later one in the same stage and never takes effect", [inst.instruction])
}
