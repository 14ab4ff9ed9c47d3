# METADATA
# title: Base image is not pinned by digest
# description: >-
#   A tag is a name the image's publisher (or whoever controls the registry account) can point
#   at different content at any time; only a digest names one immutable image. Without it a
#   rebuild may pull a re-tagged image that was never reviewed.
# custom:
#   id: PLB-DOCKER-002
#   severity: low
#   types: [dockerfile]
#   remediation: >-
#     Add the digest of the image you tested after the tag (FROM node:20-alpine@sha256:…), and
#     let a dependency bot propose digest updates.
#   controls:
#     nist-800-53: ["SI-7", "SR-4"]
#     iso-27001: ["A.8.9"]
#   fix:
#     none: the digest of the image you tested is known to the registry, which a fix must not contact
package plumb.rules.dockerfile.base_image_no_digest

import rego.v1

import data.plumb.lib.dockerfile as df

deny contains {"msg": msg, "path": ["stages", i, "from", "digest"]} if {
	some i, stage in input.attributes.stages
	df.external_image(stage.from)
	not stage.from.digest
	msg := sprintf("%s builds on %s, which is not pinned by digest", [df.stage_label(stage), stage.from.image])
}
