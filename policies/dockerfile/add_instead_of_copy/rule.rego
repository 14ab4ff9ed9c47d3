# METADATA
# title: ADD used where COPY would do
# description: >-
#   ADD does more than copy: it downloads URLs and unpacks local tar archives. Used for plain
#   local files it behaves like COPY until someone adds an archive or a URL to the build
#   context, when it silently starts extracting or downloading. COPY says what is meant and
#   does only that.
# custom:
#   id: PLB-DOCKER-005
#   severity: low
#   types: [dockerfile]
#   remediation: Replace ADD with COPY; keep ADD only to unpack a local archive or to fetch a URL or Git repository with a checksum or ref.
#   controls:
#     nist-800-53: ["CM-7"]
#   fix:
#     dockerfile: {op: use-copy}
package plumb.rules.dockerfile.add_instead_of_copy

import rego.v1

import data.plumb.lib.dockerfile as df

deny contains {"msg": msg, "path": ["stages", i, "add", j]} if {
	some i, stage in input.attributes.stages
	some j, add in stage.add
	count(add.sources) > 0
	every src in add.sources {
		not df.is_url(src)
		not df.is_git(src)
		not df.is_archive(src)
	}
	msg := sprintf("ADD copies local files into %s: use COPY", [add.destination])
}
