# METADATA
# title: IAM policy allows decryption with every KMS key
# description: >-
#   A statement that allows kms:Decrypt or kms:ReEncryptFrom (directly or through a
#   wildcard such as kms:*) on Resource "*" with no Condition lets the principal decrypt
#   anything encrypted with any key whose key policy defers to IAM: other teams' data,
#   secrets and backups. Statements granting every action ("*") are reported by PLB-AWS-
#   IAM-001.
# custom:
#   id: PLB-AWS-KMS-004
#   severity: medium
#   types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role]
#   remediation: >-
#     List the key ARNs the principal needs in Resource, or add a Condition such as
#     kms:ViaService or kms:EncryptionContext to narrow where the keys may be used.
#   controls:
#     nist-800-53: ["AC-6", "SC-12"]
#     pci-dss: ["3.6.1", "7.2.2"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2", "A.8.24"]
package plumb.rules.aws.kms.decrypt_any_key

import data.plumb.lib.aws
import rego.v1

statements contains s if some s in aws.b2_statements_at(input.attributes.policy, ["policy"])

statements contains s if {
	some i, block in input.attributes.inline_policy
	some s in aws.b2_statements_at(block.policy, ["inline_policy", i, "policy"])
}

decrypt_actions := ["kms:decrypt", "kms:reencryptfrom"]

grants_decrypt(stmt) if {
	some pattern in aws.b2_list(stmt.Action)
	not pattern in {"*", "*:*"}
	aws.b2_action_service_may_be(pattern, "kms") # one match instead of one per action
	some action in decrypt_actions
	aws.b2_action_matches(pattern, action)
}

deny contains {"msg": msg, "path": s.path} if {
	some s in statements
	aws.b2_allows(s.stmt)
	aws.b2_resource_any(s.stmt)
	not aws.b2_has_condition(s.stmt)
	grants_decrypt(s.stmt)
	msg := sprintf("%s allows decrypting with every KMS key", [input.key])
}
