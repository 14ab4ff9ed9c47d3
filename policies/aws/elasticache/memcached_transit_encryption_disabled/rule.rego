# METADATA
# title: ElastiCache Memcached cluster does not encrypt traffic in transit
# description: >-
#   Memcached has no authentication, and without transit_encryption_enabled = true its
#   clients read and write cached items in clear text across the VPC. The provider's
#   default is false and it can only be chosen when the cluster is created.
# custom:
#   id: PLB-AWS-ELASTICACHE-005
#   severity: medium
#   types: [aws_elasticache_cluster]
#   remediation: >-
#     Set transit_encryption_enabled = true on the aws_elasticache_cluster (Memcached
#     1.6.12 or later; this replaces the cluster) and connect with a TLS-capable client.
#   controls:
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.elasticache.memcached_transit_encryption_disabled

import rego.v1

memcached if input.attributes.engine == "memcached"

encryption_set if _ = input.attributes.transit_encryption_enabled

deny contains {"msg": msg, "path": []} if {
	memcached
	not encryption_set
	msg := sprintf("Memcached cluster %s does not encrypt traffic in transit", [input.key])
}

deny contains {"msg": msg, "path": ["transit_encryption_enabled"]} if {
	memcached
	input.attributes.transit_encryption_enabled == false
	msg := sprintf("Memcached cluster %s turns transit encryption off", [input.key])
}
