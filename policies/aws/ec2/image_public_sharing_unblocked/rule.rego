# METADATA
# title: Block public access for AMIs is turned off
# description: >-
#   With the region's image block public access set to "unblocked", any AMI of the account can
#   be made public with one launch permission change, exposing its disks to every AWS account.
# custom:
#   id: PLB-AWS-EC2-020
#   severity: medium
#   types: [aws_ec2_image_block_public_access]
#   remediation: Set state = "block-new-sharing" on aws_ec2_image_block_public_access.
#   controls:
#     nist-800-53: ["AC-3", "AC-22"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15", "A.8.12"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {path: [state], value: block-new-sharing}
package plumb.rules.aws.ec2.image_public_sharing_unblocked

import rego.v1

deny contains {"msg": msg, "path": ["state"]} if {
	input.attributes.state == "unblocked"
	msg := sprintf("%s lets AMIs be shared publicly", [input.key])
}
