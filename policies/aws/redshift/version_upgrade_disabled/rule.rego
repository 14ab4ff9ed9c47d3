# METADATA
# title: Redshift cluster does not take engine version upgrades
# description: >-
#   allow_version_upgrade = false keeps the cluster on its current engine version during
#   maintenance windows, without the security fixes of later releases. It defaults to true.
# custom:
#   id: PLB-AWS-REDSHIFT-008
#   severity: low
#   types: [aws_redshift_cluster]
#   remediation: >-
#     Remove allow_version_upgrade = false (it defaults to true) from the
#     aws_redshift_cluster.
#   controls:
#     nist-800-53: ["SI-2"]
#     pci-dss: ["6.3.3"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.8"]
#   fix:
#     set: {path: [allow_version_upgrade], value: true}
package plumb.rules.aws.redshift.version_upgrade_disabled

import rego.v1

deny contains {"msg": msg, "path": ["allow_version_upgrade"]} if {
	input.attributes.allow_version_upgrade == false
	msg := sprintf("Redshift cluster %s does not take engine version upgrades", [input.key])
}
