# METADATA
# title: IAM role trusts GitHub Actions from any repository
# description: >-
#   A role whose trust policy lets the GitHub Actions OIDC provider
#   (token.actions.githubusercontent.com) call sts:AssumeRoleWithWebIdentity must pin the
#   token's sub claim to the repositories (and branches or environments) allowed to use it.
#   Without a sub condition, or with one that matches any repository ("*", "repo:*"), a
#   workflow in any GitHub repository, including an attacker's, can assume the role.
# custom:
#   id: PLB-AWS-IAM-012
#   severity: critical
#   types: [aws_iam_role]
#   remediation: >-
#     Add a Condition on token.actions.githubusercontent.com:sub, for example StringLike
#     "repo:acme/deploy-tools:ref:refs/heads/main" or
#     "repo:acme/*:environment:production", next to the aud condition for
#     sts.amazonaws.com.
#   controls:
#     nist-800-53: ["AC-3", "IA-8"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15", "A.8.5"]
package plumb.rules.aws.iam.github_oidc_trust_any_repository

import data.plumb.lib.aws
import rego.v1

github_provider(stmt) if {
	some arn in aws.b2_list(stmt.Principal.Federated)
	endswith(arn, "oidc-provider/token.actions.githubusercontent.com")
}

web_identity(stmt) if {
	some pattern in aws.b2_list(stmt.Action)
	aws.b2_action_matches(pattern, "sts:assumerolewithwebidentity")
}

# The values the statement's conditions accept for the sub claim, under any operator.
sub_values(stmt) := [v |
	some _, block in stmt.Condition
	some key, value in block
	lower(key) == "token.actions.githubusercontent.com:sub"
	some v in aws.b2_list(value)
]

any_repository(v) if v in {"*", "repo:*"}

any_repository(v) if startswith(v, "repo:*")

unpinned(stmt) if count(sub_values(stmt)) == 0

unpinned(stmt) if {
	some v in sub_values(stmt)
	any_repository(v)
}

deny contains {"msg": msg, "path": s.path} if {
	some s in aws.b2_statements_at(input.attributes.assume_role_policy, ["assume_role_policy"])
	aws.b2_allows(s.stmt)
	github_provider(s.stmt)
	web_identity(s.stmt)
	not aws.b2_unknown(s.stmt.Condition)
	unpinned(s.stmt)
	msg := sprintf("role %s can be assumed by GitHub Actions workflows of any repository", [input.key])
}
