# METADATA
# title: Redshift cluster turns automated snapshots off
# description: >-
#   automated_snapshot_retention_period = 0 stops automated snapshots: the cluster can then
#   only be restored from manual snapshots, if anyone took one. The default is 1 day.
# custom:
#   id: PLB-AWS-REDSHIFT-006
#   severity: medium
#   types: [aws_redshift_cluster]
#   remediation: >-
#     Set automated_snapshot_retention_period to 7 or more on the aws_redshift_cluster.
#   controls:
#     nist-800-53: ["CP-9"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.aws.redshift.automated_snapshots_disabled

import rego.v1

deny contains {"msg": msg, "path": ["automated_snapshot_retention_period"]} if {
	input.attributes.automated_snapshot_retention_period == 0
	msg := sprintf("Redshift cluster %s takes no automated snapshots", [input.key])
}
