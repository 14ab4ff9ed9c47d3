# METADATA
# title: Neptune cluster does not use IAM database authentication
# description: >-
#   Without IAM database authentication, anything that can reach a Neptune endpoint on the
#   network can query and change the graph: Neptune has no database users or passwords of
#   its own. iam_database_authentication_enabled defaults to false.
# custom:
#   id: PLB-AWS-NEPTUNE-002
#   severity: high
#   types: [aws_neptune_cluster]
#   remediation: >-
#     Set iam_database_authentication_enabled = true on the aws_neptune_cluster and grant
#     neptune-db: actions to the roles that need the graph; clients sign their requests
#     with SigV4.
#   controls:
#     nist-800-53: ["IA-2", "AC-3"]
#     pci-dss: ["8.2.1"]
#     hipaa: ["164.312(d)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.5"]
#   fix:
#     set: {path: [iam_database_authentication_enabled], value: true}
package plumb.rules.aws.neptune.iam_auth_disabled

import rego.v1

attr_set if _ = input.attributes.iam_database_authentication_enabled

deny contains {"msg": msg, "path": []} if {
	not attr_set
	msg := sprintf("%s does not set iam_database_authentication_enabled, so any client on the network can use the graph", [input.key])
}

deny contains {"msg": msg, "path": ["iam_database_authentication_enabled"]} if {
	input.attributes.iam_database_authentication_enabled == false
	msg := sprintf("%s sets iam_database_authentication_enabled = false, so any client on the network can use the graph", [input.key])
}
