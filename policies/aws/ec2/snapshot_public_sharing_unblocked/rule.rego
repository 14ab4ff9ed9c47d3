# METADATA
# title: Block public access for EBS snapshots is turned off
# description: >-
#   With the region's block public access for snapshots set to "unblocked", any snapshot can be
#   shared with every AWS account by one API call, and a public snapshot exposes the complete
#   disk it was taken from.
# custom:
#   id: PLB-AWS-EC2-019
#   severity: medium
#   types: [aws_ebs_snapshot_block_public_access]
#   remediation: >-
#     Set state = "block-all-sharing" on aws_ebs_snapshot_block_public_access (or
#     "block-new-sharing" while existing public snapshots are being reviewed).
#   controls:
#     nist-800-53: ["AC-3", "AC-22"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15", "A.8.12"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {path: [state], value: block-new-sharing}
package plumb.rules.aws.ec2.snapshot_public_sharing_unblocked

import rego.v1

deny contains {"msg": msg, "path": ["state"]} if {
	input.attributes.state == "unblocked"
	msg := sprintf("%s lets EBS snapshots be shared publicly", [input.key])
}
