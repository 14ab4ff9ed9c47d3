# METADATA
# title: RDS snapshot is shared publicly
# description: >-
#   shared_accounts = ["all"] makes a manual DB or cluster snapshot restorable by every AWS
#   account: anyone can copy it and read the whole database as it was when the snapshot was
#   taken, with no log of it in the owning account.
# custom:
#   id: PLB-AWS-RDS-015
#   severity: critical
#   types: [aws_db_snapshot, aws_db_cluster_snapshot]
#   remediation: >-
#     Remove "all" from shared_accounts and list the account ids that need the snapshot; share
#     only encrypted snapshots, with a customer managed key granted to those accounts.
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15", "A.8.3"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.rds.snapshot_public

import rego.v1

deny contains {"msg": msg, "path": ["shared_accounts", i]} if {
	some i, account in input.attributes.shared_accounts
	account == "all"
	msg := sprintf("snapshot %s is shared with every AWS account", [input.key])
}
