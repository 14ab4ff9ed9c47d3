# METADATA
# title: AMI registers an unencrypted EBS snapshot
# description: >-
#   An image whose block devices are not encrypted stores its disks in clear text, and so does
#   every volume later launched from it unless the launch asks for encryption.
# custom:
#   id: PLB-AWS-EC2-014
#   severity: medium
#   types: [aws_ami]
#   remediation: >-
#     Set encrypted = true on every ebs_block_device of the aws_ami, or register the image from
#     encrypted snapshots.
#   controls:
#     nist-800-53: ["SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.ec2.ami_ebs_unencrypted

import rego.v1

deny contains {"msg": msg, "path": ["ebs_block_device", i, "encrypted"]} if {
	some i, device in input.attributes.ebs_block_device
	device.encrypted == false
	msg := sprintf("AMI %s maps %s to an unencrypted EBS volume", [input.key, object.get(device, "device_name", "a device")])
}

# encrypted defaults to false; a device made from a snapshot follows the snapshot.
deny contains {"msg": msg, "path": ["ebs_block_device", i, "encrypted"]} if {
	some i, device in input.attributes.ebs_block_device
	not "encrypted" in object.keys(device)
	not "snapshot_id" in object.keys(device)
	msg := sprintf("AMI %s maps %s to an EBS volume without encrypted = true", [input.key, object.get(device, "device_name", "a device")])
}
