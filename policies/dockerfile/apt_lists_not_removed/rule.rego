# METADATA
# title: apt package lists left in the image
# description: >-
#   apt-get update downloads package indexes to /var/lib/apt/lists. Left in a layer of the
#   final image they add tens of megabytes, and they go stale: a later apt-get install in a
#   derived image may install outdated packages from them.
# custom:
#   id: PLB-DOCKER-008
#   severity: info
#   types: [dockerfile]
#   remediation: >-
#     End the same RUN with rm -rf /var/lib/apt/lists/*, or keep the lists in a cache mount
#     (RUN --mount=type=cache,target=/var/lib/apt/lists …).
#   fix:
#     dockerfile:
#       op: append
#       command: rm -rf /var/lib/apt/lists/*
#       # Skipped when a later RUN uses apt without its own apt-get update.
#       programs: [apt-get, apt]
#       subcommand: update
package plumb.rules.dockerfile.apt_lists_not_removed

import rego.v1

import data.plumb.lib.dockerfile as df

lists := "/var/lib/apt/lists"

# Only stages the final image is built on matter: a builder stage's files do not ship.
deny contains {"msg": msg, "path": ["stages", i, "run", j]} if {
	some i, stage in input.attributes.stages
	stage.in_final_image
	some j, run in stage.run
	some c in run.commands
	c.program in {"apt-get", "apt"}
	"update" in c.args
	not df.removes(run, lists)
	not df.cache_mount_covers(run, lists)
	msg := "RUN updates the apt package lists and leaves them in the image"
}
