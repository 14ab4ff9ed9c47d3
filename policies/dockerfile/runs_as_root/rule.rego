# METADATA
# title: Final stage runs as root
# description: >-
#   The image's processes run as the last USER of the final stage (inherited from the stage it
#   builds on). Without a USER, or with USER root or 0, a container from the image runs as
#   root: a flaw in the application then has full control of the container's files and
#   packages, and is one kernel or runtime bug away from root on the node.
# custom:
#   id: PLB-DOCKER-003
#   severity: medium
#   types: [dockerfile]
#   remediation: >-
#     Create an unprivileged user in the image and end the final stage with USER <name or
#     uid> (a numeric uid lets Kubernetes enforce runAsNonRoot). Run root-only steps before it.
#   controls:
#     nist-800-53: ["AC-6"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2"]
#   fix:
#     none: which unprivileged user exists in the image and which files it must own cannot be told from the Dockerfile
package plumb.rules.dockerfile.runs_as_root

import rego.v1

root_users := {"root", "0"}

# A missing USER is reported at the final stage's FROM line, where the stage begins.
deny contains {"msg": msg, "path": ["stages", input.attributes.final_stage, "user"]} if {
	is_number(input.attributes.final_stage)
	not input.attributes.final_user
	msg := "the final stage never sets USER, so the container runs as root unless its base image chose another user"
}

deny contains {"msg": msg, "path": ["final_user"]} if {
	input.attributes.final_user in root_users
	msg := sprintf("the final stage runs as USER %s", [input.attributes.final_user])
}
