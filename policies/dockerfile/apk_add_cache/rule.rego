# METADATA
# title: apk add keeps its package index in the image
# description: >-
#   Without --no-cache, apk add (after apk update or with --update) leaves the package index
#   in /var/cache/apk in the layer: megabytes the image carries for nothing, and a stale index
#   for anything that installs on top of it.
# custom:
#   id: PLB-DOCKER-014
#   severity: low
#   types: [dockerfile]
#   remediation: Use apk add --no-cache (which also makes a separate apk update unnecessary), or a cache mount at /var/cache/apk.
#   fix:
#     dockerfile: {op: add-flag, programs: [apk], subcommand: add, flag: --no-cache}
package plumb.rules.dockerfile.apk_add_cache

import rego.v1

import data.plumb.lib.dockerfile as df

cache := "/var/cache/apk"

deny contains {"msg": msg, "path": ["stages", i, "run", j]} if {
	some i, stage in input.attributes.stages
	some j, run in stage.run
	some c in run.commands
	c.program == "apk"
	"add" in c.args
	not "--no-cache" in c.args
	not df.removes(run, cache)
	not df.cache_mount_covers(run, cache)
	msg := "apk add without --no-cache"
}
