# METADATA
# title: ECR repository does not scan images on push
# description: >-
#   Scanning each image as it is pushed reports known vulnerabilities in its OS packages before
#   it is deployed. Without image_scanning_configuration { scan_on_push = true } images are not
#   scanned unless a registry-wide scanning configuration (aws_ecr_registry_scanning_configuration)
#   covers the repository.
# custom:
#   id: PLB-AWS-ECR-002
#   severity: low
#   types: [aws_ecr_repository]
#   remediation: >-
#     Add image_scanning_configuration { scan_on_push = true } to the aws_ecr_repository, or
#     enable enhanced scanning for the registry with aws_ecr_registry_scanning_configuration.
#   controls:
#     nist-800-53: ["RA-5"]
#     pci-dss: ["6.3.1"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.8"]
#   fix:
#     set: {path: [image_scanning_configuration, 0, scan_on_push], value: true}
package plumb.rules.aws.ecr.scan_on_push_disabled

import rego.v1

scanning_block if count(input.attributes.image_scanning_configuration) > 0

deny contains {"msg": msg, "path": []} if {
	not scanning_block
	msg := sprintf("ECR repository %s does not scan images on push", [input.key])
}

deny contains {"msg": msg, "path": ["image_scanning_configuration", i, "scan_on_push"]} if {
	some i, block in input.attributes.image_scanning_configuration
	block.scan_on_push == false
	msg := sprintf("ECR repository %s sets scan_on_push = false", [input.key])
}
