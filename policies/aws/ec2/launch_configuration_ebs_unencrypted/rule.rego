# METADATA
# title: Launch configuration creates unencrypted EBS volumes
# description: >-
#   A block device of a launch configuration that is not encrypted gives every instance the Auto
#   Scaling group starts a volume whose data, and every snapshot taken of it, is stored in clear
#   text.
# custom:
#   id: PLB-AWS-EC2-010
#   severity: medium
#   types: [aws_launch_configuration]
#   remediation: >-
#     Set encrypted = true in root_block_device and in every ebs_block_device of the launch
#     configuration (or turn on EBS encryption by default for the region with
#     aws_ebs_encryption_by_default).
#   controls:
#     nist-800-53: ["SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {value: true}
package plumb.rules.aws.ec2.launch_configuration_ebs_unencrypted

import rego.v1

# The root volume is made from the AMI's snapshot, which may be encrypted: only an explicit
# encrypted = false is judged.
deny contains {"msg": msg, "path": ["root_block_device", i, "encrypted"]} if {
	some i, device in input.attributes.root_block_device
	device.encrypted == false
	msg := sprintf("launch configuration %s creates an unencrypted root volume", [input.key])
}

deny contains {"msg": msg, "path": ["ebs_block_device", i, "encrypted"]} if {
	some i, device in input.attributes.ebs_block_device
	device.encrypted == false
	msg := sprintf("launch configuration %s maps %s to an unencrypted EBS volume", [input.key, object.get(device, "device_name", "a device")])
}

# encrypted defaults to false; a volume made from a snapshot follows the snapshot.
deny contains {"msg": msg, "path": ["ebs_block_device", i, "encrypted"]} if {
	some i, device in input.attributes.ebs_block_device
	not "encrypted" in object.keys(device)
	not "snapshot_id" in object.keys(device)
	msg := sprintf("launch configuration %s maps %s to an EBS volume without encrypted = true", [input.key, object.get(device, "device_name", "a device")])
}
