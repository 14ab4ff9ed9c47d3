# METADATA
# title: S3 bucket policy allows everyone without a condition
# description: >-
#   An Allow statement whose Principal is "*" and that carries no Condition grants its actions
#   to anyone on the internet, signed in or not. Public access should be narrowed by a
#   condition (source VPC endpoint, organization, CloudFront distribution) or not granted.
# custom:
#   id: PLB-AWS-S3-009
#   severity: high
#   types: [aws_s3_bucket]
#   remediation: >-
#     Replace Principal "*" with the accounts, roles or service principals that need access, or
#     add a Condition that pins the caller (aws:PrincipalOrgID, aws:SourceVpce, or
#     AWS:SourceArn of a CloudFront distribution with origin access control).
#   controls:
#     nist-800-53: ["AC-3", "AC-6"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
package plumb.rules.aws.s3.policy_public_principal

import rego.v1

import data.plumb.lib.aws

deny contains {"msg": msg, "path": array.concat(["policy"], ref.path)} if {
	some ref in aws.b1_policy_statement_refs(input.attributes.policy)
	stmt := ref.statement
	stmt.Effect == "Allow"
	aws.b1_principal_is_everyone(stmt.Principal)
	not has_condition(stmt)
	msg := sprintf("bucket %s has a policy statement that allows %v to everyone with no condition", [input.key, object.get(stmt, "Action", [])])
}

has_condition(stmt) if {
	is_object(stmt.Condition)
	count(stmt.Condition) > 0
}
