# METADATA
# title: pip install keeps its download cache in the image
# description: >-
#   pip caches every downloaded wheel and source archive under ~/.cache/pip. In an image that
#   cache is never used again and only makes the layer larger.
# custom:
#   id: PLB-DOCKER-017
#   severity: info
#   types: [dockerfile]
#   remediation: >-
#     Add --no-cache-dir to pip install, set ENV PIP_NO_CACHE_DIR=1, or keep the cache in a
#     cache mount (RUN --mount=type=cache,target=/root/.cache/pip …).
#   fix:
#     dockerfile: {op: add-flag, programs: ['pip[0-9.]*'], subcommand: install, flag: --no-cache-dir}
package plumb.rules.dockerfile.pip_cache_kept

import rego.v1

import data.plumb.lib.dockerfile as df

pip_install(c) if {
	regex.match(`^pip[0-9.]*$`, c.program)
	"install" in c.args
}

pip_install(c) if {
	regex.match(`^python[0-9.]*$`, c.program)
	some n, a in c.args
	a == "-m"
	c.args[n + 1] in {"pip", "pip3"}
	"install" in c.args
}

no_cache(stage, run, c) if "--no-cache-dir" in c.args

no_cache(stage, run, c) if c.env.PIP_NO_CACHE_DIR

no_cache(stage, run, c) if stage.env.PIP_NO_CACHE_DIR

no_cache(stage, run, c) if df.cache_mount_covers(run, "/root/.cache/pip")

no_cache(stage, run, c) if {
	some m in run.mounts
	m.type == "cache"
	endswith(trim_right(m.target, "/"), ".cache/pip")
}

# Only stages the final image is built on matter.
deny contains {"msg": msg, "path": ["stages", i, "run", j]} if {
	some i, stage in input.attributes.stages
	stage.in_final_image
	some j, run in stage.run
	some c in run.commands
	pip_install(c)
	not no_cache(stage, run, c)
	msg := "pip install without --no-cache-dir"
}
