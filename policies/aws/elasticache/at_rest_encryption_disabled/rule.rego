# METADATA
# title: ElastiCache replication group does not encrypt data at rest
# description: >-
#   A Redis OSS replication group writes its data to disk in snapshots, swap and backups
#   unencrypted unless at_rest_encryption_enabled = true is set when it is created: the
#   provider's default is false for the redis engine (the default engine) and true for
#   valkey. Encryption cannot be added to an existing group.
# custom:
#   id: PLB-AWS-ELASTICACHE-001
#   severity: high
#   types: [aws_elasticache_replication_group]
#   remediation: >-
#     Set at_rest_encryption_enabled = true (and kms_key_id to a customer managed key) on
#     the aws_elasticache_replication_group; an existing group must be recreated, for
#     example from a backup.
#   controls:
#     nist-800-53: ["SC-28", "SC-28(1)"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {path: [at_rest_encryption_enabled], value: true}
package plumb.rules.aws.elasticache.at_rest_encryption_disabled

import rego.v1

engine_set if _ = input.attributes.engine

redis if not engine_set

redis if input.attributes.engine == "redis"

encryption_set if _ = input.attributes.at_rest_encryption_enabled

deny contains {"msg": msg, "path": []} if {
	redis
	not encryption_set
	msg := sprintf("replication group %s does not set at_rest_encryption_enabled, so Redis data is stored unencrypted", [input.key])
}

deny contains {"msg": msg, "path": ["at_rest_encryption_enabled"]} if {
	input.attributes.at_rest_encryption_enabled == false
	msg := sprintf("replication group %s turns encryption at rest off", [input.key])
}
