# METADATA
# title: MAINTAINER is deprecated
# description: >-
#   MAINTAINER has been deprecated since Docker 1.13. It sets a field no tool reads any more,
#   while the standard OCI label is what registries and scanners show.
# custom:
#   id: PLB-DOCKER-018
#   severity: info
#   types: [dockerfile]
#   remediation: Replace it with LABEL org.opencontainers.image.authors="name <email>".
#   fix:
#     dockerfile: {op: to-label, label: org.opencontainers.image.authors}
package plumb.rules.dockerfile.maintainer_deprecated

import rego.v1

deny contains {"msg": msg, "path": ["stages", i, "instructions", k]} if {
	some i, stage in input.attributes.stages
	some k, inst in stage.instructions
	inst.instruction == "MAINTAINER"
	msg := "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors"
}
