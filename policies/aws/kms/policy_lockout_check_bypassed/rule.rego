# METADATA
# title: KMS key policy bypasses the lockout safety check
# description: >-
#   bypass_policy_lockout_safety_check = true lets a key policy be applied even when it
#   leaves no principal able to change it again. A mistake then makes the key, and
#   everything encrypted with it, unmanageable until AWS Support intervenes.
# custom:
#   id: PLB-AWS-KMS-005
#   severity: medium
#   types: [aws_kms_key, aws_kms_key_policy]
#   remediation: >-
#     Remove bypass_policy_lockout_safety_check (it defaults to false) and keep a
#     statement that lets the account or an administrator role manage the key.
#   controls:
#     nist-800-53: ["SC-12", "CM-5"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#   fix:
#     set: {path: [bypass_policy_lockout_safety_check], value: false}
package plumb.rules.aws.kms.policy_lockout_check_bypassed

import rego.v1

deny contains {"msg": msg, "path": ["bypass_policy_lockout_safety_check"]} if {
	input.attributes.bypass_policy_lockout_safety_check == true
	msg := sprintf("%s bypasses the KMS key policy lockout safety check", [input.key])
}
