# METADATA
# title: EBS encryption by default is turned off
# description: >-
#   With default encryption off, any volume or snapshot copy created without an explicit
#   encrypted flag (by a console user, a script or a third-party tool) is stored in clear text.
#   Turning it on makes encryption the fail-safe for the whole account and region.
# custom:
#   id: PLB-AWS-EC2-007
#   severity: medium
#   types: [aws_ebs_encryption_by_default]
#   remediation: >-
#     Set enabled = true on aws_ebs_encryption_by_default (or drop the argument: it defaults to
#     true), and pick the key with aws_ebs_default_kms_key.
#   controls:
#     cis-aws: ["2.2.1"]
#     nist-800-53: ["SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {path: [enabled], value: true}
package plumb.rules.aws.ec2.ebs_default_encryption_disabled

import rego.v1

deny contains {"msg": msg, "path": ["enabled"]} if {
	input.attributes.enabled == false
	msg := sprintf("%s turns EBS encryption by default off", [input.key])
}
