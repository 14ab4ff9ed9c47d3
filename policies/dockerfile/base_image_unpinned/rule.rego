# METADATA
# title: Base image is not pinned to a version
# description: >-
#   A FROM without a tag, or with the tag "latest", builds on whatever the registry serves on
#   the day of the build. Two builds of the same commit can then ship different operating
#   systems and libraries, a rebuild to fix one thing silently changes everything else, and a
#   compromised or broken "latest" flows into every build at once.
# custom:
#   id: PLB-DOCKER-001
#   severity: medium
#   types: [dockerfile]
#   remediation: >-
#     Name a version tag (FROM python:3.12-slim), better a digest as well
#     (FROM python:3.12-slim@sha256:…), and update it deliberately, for example with Renovate
#     or Dependabot.
#   controls:
#     nist-800-53: ["CM-2", "SI-7"]
#     soc2: ["CC8.1"]
#     iso-27001: ["A.8.9"]
#   fix:
#     none: which version the image should be pinned to is the author's choice and needs the registry
package plumb.rules.dockerfile.base_image_unpinned

import rego.v1

import data.plumb.lib.dockerfile as df

deny contains {"msg": msg, "path": ["stages", i, "from", "tag"]} if {
	some i, stage in input.attributes.stages
	df.external_image(stage.from)
	not stage.from.digest
	not stage.from.tag
	msg := sprintf("%s builds on %s without a tag, which means \"latest\"", [df.stage_label(stage), stage.from.image])
}

deny contains {"msg": msg, "path": ["stages", i, "from", "tag"]} if {
	some i, stage in input.attributes.stages
	df.external_image(stage.from)
	not stage.from.digest
	stage.from.tag == "latest"
	msg := sprintf("%s builds on %s, whose tag \"latest\" moves with every release", [df.stage_label(stage), stage.from.image])
}
