# METADATA
# title: WORKDIR is a relative path
# description: >-
#   A relative WORKDIR is resolved against the working directory the base image happens to
#   set. When the base image changes it (a new tag, another distribution), files land
#   elsewhere and the build or the container breaks, or runs from an unexpected directory.
# custom:
#   id: PLB-DOCKER-016
#   severity: low
#   types: [dockerfile]
#   remediation: Use an absolute path (WORKDIR /app), or set an absolute WORKDIR earlier in the stage.
#   fix:
#     none: the base image's working directory, against which the path is resolved, is not in the Dockerfile
package plumb.rules.dockerfile.workdir_relative

import rego.v1

# A relative WORKDIR after an absolute one in the same stage chain is resolved against it
# (the loader records it as resolved) and is not reported.
deny contains {"msg": msg, "path": ["stages", i, "instructions", k, "path"]} if {
	some i, stage in input.attributes.stages
	some k, inst in stage.instructions
	inst.instruction == "WORKDIR"
	is_string(inst.path)
	not inst.resolved
	msg := sprintf("WORKDIR %s is relative to the base image's working directory", [inst.path])
}
