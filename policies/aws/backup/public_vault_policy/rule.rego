# METADATA
# title: Backup vault policy allows every principal without a condition
# description: >-
#   A vault access policy statement with Principal "*" (or {"AWS": "*"}) and no Condition
#   lets any AWS account run the listed actions on the vault's recovery points: copy them
#   out, or delete the backups an incident would need.
# custom:
#   id: PLB-AWS-BACKUP-002
#   severity: critical
#   types: [aws_backup_vault_policy]
#   remediation: >-
#     Name the accounts or roles in Principal, or keep "*" only with a Condition such as
#     aws:PrincipalOrgID; add a statement denying backup:DeleteRecoveryPoint to all but a
#     break-glass role.
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.backup.public_vault_policy

import data.plumb.lib.aws
import rego.v1

deny contains {"msg": msg, "path": s.path} if {
	some s in aws.b2_statements_at(input.attributes.policy, ["policy"])
	aws.b2_public_unconditioned(s.stmt)
	msg := sprintf("backup vault policy %s lets every AWS principal act on the recovery points, with no condition", [input.key])
}
