# METADATA
# title: ElastiCache replication group accepts clients without authentication
# description: >-
#   A Redis OSS or Valkey replication group with neither an auth_token nor user_group_ids
#   serves every command to anyone who can reach its port: any workload in the VPC, or an
#   attacker who lands on one, can read, change or flush the cache.
# custom:
#   id: PLB-AWS-ELASTICACHE-003
#   severity: medium
#   types: [aws_elasticache_replication_group]
#   remediation: >-
#     Enable transit encryption and either set auth_token (from a secret, rotated with
#     auth_token_update_strategy) or attach an aws_elasticache_user_group with role-based
#     access control through user_group_ids.
#   controls:
#     nist-800-53: ["IA-2", "AC-3"]
#     pci-dss: ["8.2.1"]
#     hipaa: ["164.312(d)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.5"]
package plumb.rules.aws.elasticache.no_auth

import rego.v1

token_set if _ = input.attributes.auth_token

user_groups_set if {
	groups := input.attributes.user_group_ids
	not is_array(groups)
}

user_groups_set if count(input.attributes.user_group_ids) > 0

deny contains {"msg": msg, "path": []} if {
	not token_set
	not user_groups_set
	msg := sprintf("replication group %s has neither auth_token nor user_group_ids, so clients need no credentials", [input.key])
}
