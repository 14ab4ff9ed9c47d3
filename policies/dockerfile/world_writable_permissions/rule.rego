# METADATA
# title: Files made writable by every user
# description: >-
#   chmod 777 (or any mode that grants write to "others", and COPY/ADD --chmod with such a
#   mode) lets any process in the container, whatever its user, change those files: a
#   compromised unprivileged process can then rewrite the application's code or configuration.
#   The sticky-bit modes used for shared temporary directories (1777) are not reported.
# custom:
#   id: PLB-DOCKER-013
#   severity: medium
#   types: [dockerfile]
#   remediation: >-
#     Give ownership to the user that needs to write (chown, COPY --chown) and use 755/644 or
#     stricter; for a shared scratch directory use 1777.
#   controls:
#     nist-800-53: ["AC-3", "AC-6"]
#     iso-27001: ["A.8.3"]
#   fix:
#     none: which user must own the files, and which mode the application needs, cannot be told from the Dockerfile
package plumb.rules.dockerfile.world_writable_permissions

import rego.v1

# An octal mode whose "others" digit has the write bit, without the sticky bit; or a
# symbolic mode that adds or sets w for o or a.
world_writable(mode) if regex.match(`^0*[0246]?[0-7]{2}[2367]$`, mode)

world_writable(mode) if regex.match(`(^|,)[ugoa]*[oa][ugoa]*[+=][rwxXst]*w`, mode)

deny contains {"msg": msg, "path": ["stages", i, "run", j]} if {
	some i, stage in input.attributes.stages
	some j, run in stage.run
	some c in run.commands
	c.program == "chmod"
	some mode in c.args
	not startswith(mode, "-")
	world_writable(mode)
	msg := sprintf("chmod %s makes files writable by every user", [mode])
}

deny contains {"msg": msg, "path": ["stages", i, kind, j, "chmod"]} if {
	some i, stage in input.attributes.stages
	some kind in ["copy", "add"]
	some j, entry in stage[kind]
	world_writable(entry.chmod)
	msg := sprintf("%s --chmod=%s makes files writable by every user", [entry.instruction, entry.chmod])
}
