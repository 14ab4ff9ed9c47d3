# METADATA
# title: EFS access point does not confine clients to a directory
# description: >-
#   An access point without root_directory, or with path "/", exposes the whole file system
#   to the clients that mount through it; one application can then read and overwrite
#   another's files.
# custom:
#   id: PLB-AWS-EFS-003
#   severity: medium
#   types: [aws_efs_access_point]
#   remediation: >-
#     Set root_directory { path = "/<application>" } (with creation_info for the owner
#     and permissions) on the aws_efs_access_point.
#   controls:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
package plumb.rules.aws.efs.access_point_root_directory

import rego.v1

path_set if {
	some rd in input.attributes.root_directory
	_ = rd.path
}

deny contains {"msg": msg, "path": []} if {
	not path_set
	msg := sprintf("access point %s sets no root_directory path, so clients see the whole file system", [input.key])
}

deny contains {"msg": msg, "path": ["root_directory", i, "path"]} if {
	some i, rd in input.attributes.root_directory
	rd.path == "/"
	msg := sprintf("access point %s uses / as its root directory, so clients see the whole file system", [input.key])
}
