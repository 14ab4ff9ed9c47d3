# METADATA
# title: EC2 serial console access is enabled for the account
# description: >-
#   The serial console gives a root shell on an instance outside its network controls: no
#   security group, network ACL or SSH key stands in the way, only the IAM permission to send
#   a serial console key and an operating system password. It should stay off unless an
#   instance has to be rescued.
# custom:
#   id: PLB-AWS-EC2-018
#   severity: medium
#   types: [aws_ec2_serial_console_access]
#   remediation: >-
#     Set enabled = false on aws_ec2_serial_console_access, and enable it only for the time
#     it takes to troubleshoot an instance.
#   controls:
#     nist-800-53: ["AC-17", "CM-7"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2", "A.8.20"]
#   fix:
#     set: {path: [enabled], value: false}
package plumb.rules.aws.ec2.serial_console_access_enabled

import rego.v1

# enabled defaults to true.
deny contains {"msg": msg, "path": ["enabled"]} if {
	not has_enabled
	msg := sprintf("%s enables EC2 serial console access (enabled defaults to true)", [input.key])
}

deny contains {"msg": msg, "path": ["enabled"]} if {
	input.attributes.enabled == true
	msg := sprintf("%s enables EC2 serial console access", [input.key])
}

has_enabled if _ = input.attributes.enabled
