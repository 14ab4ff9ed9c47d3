# METADATA
# title: EBS volume is not encrypted
# description: >-
#   An unencrypted EBS volume stores its blocks, and every snapshot made from it, in clear
#   text; a snapshot shared by mistake or copied with stolen credentials exposes all of it.
# custom:
#   id: PLB-AWS-EC2-003
#   severity: medium
#   types: [aws_ebs_volume]
#   remediation: >-
#     Set encrypted = true on the aws_ebs_volume (with kms_key_id for a customer-managed key).
#     An existing volume must be replaced: snapshot it, copy the snapshot with encryption, and
#     create the volume from the copy.
#   controls:
#     nist-800-53: ["SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {path: [encrypted], value: true}
package plumb.rules.aws.ec2.ebs_volume_unencrypted

import rego.v1

deny contains {"msg": msg, "path": ["encrypted"]} if {
	input.attributes.encrypted == false
	msg := sprintf("EBS volume %s is not encrypted", [input.key])
}

# Left out, encryption follows the snapshot the volume is made from, or is off for a new
# empty volume (unless the account default is on, which the volume cannot rely on).
deny contains {"msg": msg, "path": ["encrypted"]} if {
	not has_encrypted
	not has_snapshot
	msg := sprintf("EBS volume %s does not set encrypted = true", [input.key])
}

has_encrypted if _ = input.attributes.encrypted

has_snapshot if _ = input.attributes.snapshot_id
