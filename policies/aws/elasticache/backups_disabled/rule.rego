# METADATA
# title: ElastiCache Redis data has no automatic backups
# description: >-
#   snapshot_retention_limit sets how many days of automatic snapshots a Redis OSS or
#   Valkey cache keeps; it defaults to 0, which turns automatic backups off, so data that
#   lives only in the cache is lost with the nodes. Memcached clusters, which cannot be
#   backed up, and clusters that belong to a replication group are not judged.
# custom:
#   id: PLB-AWS-ELASTICACHE-004
#   severity: low
#   types: [aws_elasticache_replication_group, aws_elasticache_cluster]
#   remediation: >-
#     Set snapshot_retention_limit to 1 or more (7 for data that lives only in the cache)
#     and a snapshot_window outside peak hours.
#   controls:
#     nist-800-53: ["CP-9"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.aws.elasticache.backups_disabled

import rego.v1

limit_set if _ = input.attributes.snapshot_retention_limit

engine_set if _ = input.attributes.engine

in_group if _ = input.attributes.replication_group_id

applies if input.type == "aws_elasticache_replication_group"

applies if {
	input.type == "aws_elasticache_cluster"
	not in_group
	input.attributes.engine in {"redis", "valkey"}
}

deny contains {"msg": msg, "path": []} if {
	applies
	not limit_set
	msg := sprintf("%s does not set snapshot_retention_limit, so it keeps no automatic backups", [input.key])
}

deny contains {"msg": msg, "path": ["snapshot_retention_limit"]} if {
	applies
	input.attributes.snapshot_retention_limit == 0
	msg := sprintf("%s sets snapshot_retention_limit = 0, so it keeps no automatic backups", [input.key])
}
