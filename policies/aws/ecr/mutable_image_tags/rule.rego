# METADATA
# title: ECR repository allows image tags to be overwritten
# description: >-
#   With mutable tags, anyone who can push can replace the image behind a tag such as
#   "v1.4.2" or "prod", so what runs is no longer what was built, reviewed and scanned.
#   Immutable tags make a tag name for one image forever. image_tag_mutability defaults to
#   MUTABLE.
# custom:
#   id: PLB-AWS-ECR-001
#   severity: medium
#   types: [aws_ecr_repository]
#   remediation: >-
#     Set image_tag_mutability = "IMMUTABLE" on the aws_ecr_repository and publish each build
#     under a new tag (for example the commit SHA).
#   controls:
#     nist-800-53: ["CM-14", "SI-7"]
#     soc2: ["CC8.1"]
#     iso-27001: ["A.8.32"]
#   fix:
#     set: {path: [image_tag_mutability], value: IMMUTABLE}
package plumb.rules.aws.ecr.mutable_image_tags

import rego.v1

# IMMUTABLE_WITH_EXCLUSION (provider 6) keeps every tag immutable except named patterns.
immutable_settings := {"IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"}

mutability_set if _ = input.attributes.image_tag_mutability

deny contains {"msg": msg, "path": []} if {
	not mutability_set
	msg := sprintf("ECR repository %s leaves image tags mutable (the default)", [input.key])
}

deny contains {"msg": msg, "path": ["image_tag_mutability"]} if {
	setting := input.attributes.image_tag_mutability
	is_string(setting)
	not setting in immutable_settings
	msg := sprintf("ECR repository %s sets image_tag_mutability = %q, so tags can be overwritten", [input.key, setting])
}
