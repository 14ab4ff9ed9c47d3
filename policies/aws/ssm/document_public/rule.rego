# METADATA
# title: SSM document is shared publicly
# description: >-
#   permissions = { type = "Share", account_ids = "all" } publishes a Systems Manager
#   document to every AWS account. Documents often embed internal host names, paths,
#   scripts and sometimes credentials, and a public one can be run by anyone.
# custom:
#   id: PLB-AWS-SSM-002
#   severity: high
#   types: [aws_ssm_document]
#   remediation: >-
#     Remove the public share: list the account ids that need the document in
#     permissions.account_ids, and keep the account-level block for public sharing on.
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15", "A.8.3"]
package plumb.rules.aws.ssm.document_public

import rego.v1

public_ids(ids) if ids == "all"

public_ids(ids) if {
	is_string(ids)
	"all" in split(ids, ",")
}

public_ids(ids) if "all" in ids

deny contains {"msg": msg, "path": ["permissions", "account_ids"]} if {
	lower(input.attributes.permissions.type) == "share"
	public_ids(input.attributes.permissions.account_ids)
	msg := sprintf("SSM document %s is shared with every AWS account", [input.key])
}
