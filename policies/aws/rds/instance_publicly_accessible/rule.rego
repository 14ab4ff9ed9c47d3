# METADATA
# title: RDS instance is publicly accessible
# description: >-
#   With publicly_accessible = true the instance gets a public DNS name and address, so the
#   database listener can be reached from the internet wherever its security group and subnet
#   allow it. Databases belong in private subnets, reached from the application tier only.
# custom:
#   id: PLB-AWS-RDS-002
#   severity: high
#   types: [aws_db_instance, aws_rds_cluster_instance]
#   remediation: >-
#     Set publicly_accessible = false (the default) and place the instance in a DB subnet
#     group of private subnets; reach it through a bastion, VPN or Session Manager if people
#     need direct access.
#   controls:
#     cis-aws: ["2.3.3"]
#     nist-800-53: ["AC-3", "SC-7"]
#     pci-dss: ["1.4.4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
#   fix:
#     set: {path: [publicly_accessible], value: false}
package plumb.rules.aws.rds.instance_publicly_accessible

import rego.v1

deny contains {"msg": msg, "path": ["publicly_accessible"]} if {
	input.attributes.publicly_accessible == true
	msg := sprintf("database instance %s is publicly accessible from the internet", [input.key])
}
