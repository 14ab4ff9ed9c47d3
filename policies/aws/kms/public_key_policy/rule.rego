# METADATA
# title: KMS key policy allows every principal without a condition
# description: >-
#   A key policy statement with Principal "*" (or {"AWS": "*"}) and no Condition lets any AWS
#   identity, in any account, perform the listed key operations, such as decrypting data
#   protected by the key or changing its policy. Key policies should name the principals that
#   use the key.
# custom:
#   id: PLB-AWS-KMS-002
#   severity: high
#   types: [aws_kms_key, aws_kms_key_policy]
#   remediation: >-
#     Replace the "*" principal with the account root or the role ARNs that use the key (for
#     example {"AWS": "arn:aws:iam::111122223333:role/app"}); if broad access is intended, add a
#     Condition such as {"StringEquals": {"kms:CallerAccount": "111122223333"}} or
#     aws:PrincipalOrgID.
#   controls:
#     nist-800-53: ["AC-3", "SC-12"]
#     pci-dss: ["3.6.1", "7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15", "A.8.24"]
package plumb.rules.aws.kms.public_key_policy

import data.plumb.lib.aws
import rego.v1

deny contains {"msg": msg, "path": s.path} if {
	some s in aws.b2_statements_at(input.attributes.policy, ["policy"])
	aws.b2_public_unconditioned(s.stmt)
	msg := sprintf("key policy of %s lets every AWS principal use the key, with no condition", [input.key])
}
