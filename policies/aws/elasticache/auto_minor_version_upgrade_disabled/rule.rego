# METADATA
# title: ElastiCache automatic minor version upgrades are turned off
# description: >-
#   Minor engine versions carry security fixes. auto_minor_version_upgrade defaults to
#   true; a cache that sets it to false stays on the version it was created with until
#   someone upgrades it by hand.
# custom:
#   id: PLB-AWS-ELASTICACHE-006
#   severity: low
#   types: [aws_elasticache_replication_group, aws_elasticache_cluster]
#   remediation: >-
#     Remove auto_minor_version_upgrade = false (or set it to true) and choose a
#     maintenance_window that suits the workload.
#   controls:
#     nist-800-53: ["SI-2"]
#     pci-dss: ["6.3.3"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.8"]
#   fix:
#     set: {path: [auto_minor_version_upgrade], value: true}
package plumb.rules.aws.elasticache.auto_minor_version_upgrade_disabled

import rego.v1

off(v) if v == false

off(v) if v == "false"

deny contains {"msg": msg, "path": ["auto_minor_version_upgrade"]} if {
	off(input.attributes.auto_minor_version_upgrade)
	msg := sprintf("%s turns automatic minor version upgrades off", [input.key])
}
