# METADATA
# title: EFS file system policy allows every principal without a condition
# description: >-
#   A file system policy statement with Principal "*" (or {"AWS": "*"}) and no Condition
#   lets any AWS identity that can reach a mount target mount the file system and, with
#   elasticfilesystem:ClientWrite or ClientRootAccess, change or delete its files.
# custom:
#   id: PLB-AWS-EFS-002
#   severity: high
#   types: [aws_efs_file_system_policy]
#   remediation: >-
#     Name the roles that mount the file system in Principal, or keep "*" only with a
#     Condition (for example elasticfilesystem:AccessPointArn, aws:PrincipalOrgID or
#     aws:SecureTransport).
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.efs.public_file_system_policy

import data.plumb.lib.aws
import rego.v1

deny contains {"msg": msg, "path": s.path} if {
	some s in aws.b2_statements_at(input.attributes.policy, ["policy"])
	aws.b2_public_unconditioned(s.stmt)
	msg := sprintf("file system policy %s lets every AWS principal mount the file system, with no condition", [input.key])
}
