# METADATA
# title: ADD downloads a file without verifying it
# description: >-
#   ADD with an http(s) URL fetches whatever the server returns at build time, with no check
#   of what it is. A compromised server, a moved release or a man in the middle (with plain
#   http) puts arbitrary content into the image, and the build log shows nothing wrong.
# custom:
#   id: PLB-DOCKER-004
#   severity: medium
#   types: [dockerfile]
#   remediation: >-
#     Give ADD the file's expected digest with --checksum=sha256:…, or download in a RUN
#     that verifies a checksum or signature before using the file.
#   controls:
#     nist-800-53: ["SI-7"]
#     soc2: ["CC8.1"]
#     iso-27001: ["A.8.9"]
#   fix:
#     none: the file's checksum can only be learned by downloading it, which a fix must not do
package plumb.rules.dockerfile.add_from_url

import rego.v1

import data.plumb.lib.dockerfile as df

deny contains {"msg": msg, "path": ["stages", i, "add", j, "sources", k]} if {
	some i, stage in input.attributes.stages
	some j, add in stage.add
	not add.checksum
	some k, src in add.sources
	df.is_url(src)
	not df.is_git(src)
	msg := sprintf("ADD downloads %s without a --checksum", [src])
}
