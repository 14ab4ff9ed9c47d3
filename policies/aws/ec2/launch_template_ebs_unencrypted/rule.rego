# METADATA
# title: Launch template creates unencrypted EBS volumes
# description: >-
#   A block device mapping without encryption gives every instance launched from the template
#   (often hundreds, through Auto Scaling) a volume whose data and snapshots are stored in
#   clear text.
# custom:
#   id: PLB-AWS-EC2-008
#   severity: medium
#   types: [aws_launch_template]
#   remediation: >-
#     Set encrypted = true (and kms_key_id for a customer-managed key) in the ebs block of every
#     block_device_mappings entry of the launch template.
#   controls:
#     nist-800-53: ["SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {value: true}
package plumb.rules.aws.ec2.launch_template_ebs_unencrypted

import rego.v1

# The provider types this argument as a string, so "true" counts as much as true.
deny contains {"msg": msg, "path": ["block_device_mappings", i, "ebs", j, "encrypted"]} if {
	some i, mapping in input.attributes.block_device_mappings
	some j, ebs in mapping.ebs
	ebs.encrypted in {false, "false"}
	msg := sprintf("launch template %s maps %s to an unencrypted EBS volume", [input.key, object.get(mapping, "device_name", "a device")])
}

# Left out, encryption follows the snapshot when there is one; otherwise the volume is
# unencrypted unless the account default happens to be on.
deny contains {"msg": msg, "path": ["block_device_mappings", i, "ebs", j, "encrypted"]} if {
	some i, mapping in input.attributes.block_device_mappings
	some j, ebs in mapping.ebs
	not "encrypted" in object.keys(ebs)
	not "snapshot_id" in object.keys(ebs)
	msg := sprintf("launch template %s maps %s to an EBS volume without encrypted = true", [input.key, object.get(mapping, "device_name", "a device")])
}
