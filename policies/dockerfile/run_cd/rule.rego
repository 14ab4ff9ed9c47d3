# METADATA
# title: RUN changes directory with cd
# description: >-
#   A cd in RUN lasts only for that RUN, so the next instruction runs somewhere else than a
#   reader expects, and paths in the rest of the Dockerfile become hard to follow. WORKDIR
#   states the directory once, for every following instruction.
# custom:
#   id: PLB-DOCKER-019
#   severity: info
#   types: [dockerfile]
#   remediation: Set the directory with WORKDIR before the RUN; for a one-off step, run the command in a subshell, (cd dir && make).
#   fix:
#     none: whether later instructions should run in that directory (WORKDIR) or not (a subshell) is the author's choice
package plumb.rules.dockerfile.run_cd

import rego.v1

# A cd inside ( … ) is scoped on purpose and not reported.
deny contains {"msg": msg, "path": ["stages", i, "run", j]} if {
	some i, stage in input.attributes.stages
	some j, run in stage.run
	some c in run.commands
	c.program == "cd"
	not c.subshell
	msg := "RUN changes directory with cd: use WORKDIR"
}
