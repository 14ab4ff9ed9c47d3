# METADATA
# title: ElastiCache replication group does not encrypt traffic in transit
# description: >-
#   Without transit_encryption_enabled = true, clients talk to a Redis OSS or Valkey
#   replication group, and its nodes replicate to each other, in clear text: cached
#   sessions, tokens and personal data can be read or altered on the network. The
#   provider's default is false.
# custom:
#   id: PLB-AWS-ELASTICACHE-002
#   severity: high
#   types: [aws_elasticache_replication_group]
#   remediation: >-
#     Set transit_encryption_enabled = true on the aws_elasticache_replication_group
#     (with transit_encryption_mode = "preferred" first for a live migration) and make
#     clients connect with TLS.
#   controls:
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     none: clients must connect with TLS before transit encryption is required
package plumb.rules.aws.elasticache.transit_encryption_disabled

import rego.v1

attr_set if _ = input.attributes.transit_encryption_enabled

deny contains {"msg": msg, "path": []} if {
	not attr_set
	msg := sprintf("%s does not set transit_encryption_enabled, so traffic to the cache is not encrypted", [input.key])
}

deny contains {"msg": msg, "path": ["transit_encryption_enabled"]} if {
	input.attributes.transit_encryption_enabled == false
	msg := sprintf("%s sets transit_encryption_enabled = false, so traffic to the cache is not encrypted", [input.key])
}
