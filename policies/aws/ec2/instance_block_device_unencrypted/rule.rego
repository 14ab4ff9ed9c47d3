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
package plumb.rules.aws.ec2.instance_block_device_unencrypted

import rego.v1

# Without a root_block_device block the root volume is encrypted only if the AMI's snapshot
# or the account default says so, which the instance does not guarantee. An instance
# launched from a launch template takes its volumes from the template (PLB-AWS-EC2-008).
deny contains {"msg": msg, "path": ["root_block_device"]} if {
	no_root_block_device
	not from_launch_template
	msg := sprintf("instance %s does not declare an encrypted root volume", [input.key])
}

deny contains {"msg": msg, "path": [device, i, "encrypted"]} if {
	some [device, i, volume] in volumes
	not volume.encrypted == true
	msg := sprintf("instance %s has an unencrypted %s", [input.key, device])
}

# Each list is named in full so that the engine knows exactly which attributes this rule reads.
volumes contains ["root_block_device", i, v] if some i, v in input.attributes.root_block_device

volumes contains ["ebs_block_device", i, v] if some i, v in input.attributes.ebs_block_device

no_root_block_device if not input.attributes.root_block_device

no_root_block_device if input.attributes.root_block_device == []

from_launch_template if _ = input.attributes.launch_template
