# METADATA
# title: Redshift cluster turns storage encryption off
# description: >-
#   encrypted = false creates a Redshift cluster whose data blocks, system metadata and
#   snapshots are stored unencrypted. (Since AWS provider 6, and for clusters AWS creates
#   without an explicit choice, encryption is on by default; this rule reports the explicit
#   opt-out.)
# custom:
#   id: PLB-AWS-REDSHIFT-001
#   severity: high
#   types: [aws_redshift_cluster]
#   remediation: >-
#     Set encrypted = true (and kms_key_id to a customer managed key) on the
#     aws_redshift_cluster; Redshift migrates an existing cluster to an encrypted one.
#   controls:
#     nist-800-53: ["SC-28", "SC-28(1)"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {path: [encrypted], value: true}
package plumb.rules.aws.redshift.encryption_disabled

import rego.v1

deny contains {"msg": msg, "path": ["encrypted"]} if {
	input.attributes.encrypted == false
	msg := sprintf("Redshift cluster %s stores its data unencrypted", [input.key])
}
