# METADATA
# title: EC2 instance block device is not encrypted
# description: >-
#   An unencrypted root or EBS volume leaves its data, and every snapshot taken from it,
#   readable by anyone who can copy or share the snapshot. Encryption is free of performance
#   cost on current instance types and cannot be switched on later without rebuilding the
#   volume.
# custom:
#   id: PLB-AWS-EC2-002
#   severity: medium
#   types: [aws_instance]
#   remediation: >-
#     Set encrypted = true (and kms_key_id for a customer-managed key) in the instance's
#     root_block_device and in every ebs_block_device; add a root_block_device block if there
#     is none.
#   controls:
#     nist-800-53: ["SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {value: true}
package plumb.rules.aws.ec2.instance_block_device_unencrypted

import rego.v1

# There is at most one root_block_device. Its flag is read by index, never the whole block,
# so that an unknown kms_key_id beside it does not make the check undecidable; when the block
# or the flag is missing the finding points at the block, or else at the instance.
deny contains {"msg": msg, "path": ["root_block_device", 0, "encrypted"]} if {
	input.attributes.root_block_device[0].encrypted == false
	msg := sprintf("instance %s has an unencrypted root volume", [input.key])
}

# Left out, the root volume is encrypted only if the AMI's snapshot or the account default
# says so, which the instance does not guarantee. An instance launched from a launch template
# takes its volumes from the template (PLB-AWS-EC2-008).
deny contains {"msg": msg, "path": ["root_block_device", 0, "encrypted"]} if {
	not root_encryption_set
	not from_launch_template
	msg := sprintf("instance %s does not declare an encrypted root volume", [input.key])
}

deny contains {"msg": msg, "path": ["ebs_block_device", i, "encrypted"]} if {
	some i, volume in input.attributes.ebs_block_device
	not volume.encrypted == true
	msg := sprintf("instance %s has an unencrypted EBS volume %s", [input.key, object.get(volume, "device_name", "")])
}

root_encryption_set if _ = input.attributes.root_block_device[0].encrypted

from_launch_template if _ = input.attributes.launch_template
