# METADATA
# title: RDS automatic minor version upgrades are turned off
# description: >-
#   Minor engine versions carry security fixes. With auto_minor_version_upgrade = false the
#   database stays on a vulnerable version until someone upgrades it by hand; left at its
#   default (true), RDS applies them in the maintenance window.
# custom:
#   id: PLB-AWS-RDS-007
#   severity: low
#   types: [aws_db_instance, aws_rds_cluster_instance]
#   remediation: >-
#     Remove auto_minor_version_upgrade = false (or set it to true) and choose a
#     maintenance_window that suits the workload.
#   controls:
#     cis-aws: ["2.3.2"]
#     nist-800-53: ["SI-2"]
#     pci-dss: ["6.3.3"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.8"]
#   fix:
#     set: {path: [auto_minor_version_upgrade], value: true}
package plumb.rules.aws.rds.auto_minor_version_upgrade_disabled

import rego.v1

deny contains {"msg": msg, "path": ["auto_minor_version_upgrade"]} if {
	input.attributes.auto_minor_version_upgrade == false
	msg := sprintf("database instance %s does not receive minor engine upgrades automatically", [input.key])
}
