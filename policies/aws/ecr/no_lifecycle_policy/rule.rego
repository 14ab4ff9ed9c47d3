# METADATA
# title: ECR repository has no lifecycle policy
# description: >-
#   Without a lifecycle policy every image ever pushed stays in the repository, including old
#   builds with known vulnerabilities that can still be pulled and deployed by tag or digest.
# custom:
#   id: PLB-AWS-ECR-005
#   severity: low
#   types: [aws_ecr_repository]
#   remediation: >-
#     Add an aws_ecr_lifecycle_policy for the repository that expires untagged images and keeps
#     only the most recent tagged ones.
#   controls:
#     nist-800-53: ["CM-2(3)", "SI-2"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.8", "A.8.10"]
package plumb.rules.aws.ecr.no_lifecycle_policy

import rego.v1

# The separate aws_ecr_lifecycle_policy is merged into lifecycle_policy.
deny contains {"msg": msg, "path": ["lifecycle_policy"]} if {
	not has_lifecycle_policy
	msg := sprintf("ECR repository %s keeps every image forever (no lifecycle policy)", [input.key])
}

has_lifecycle_policy if _ = input.attributes.lifecycle_policy
