# METADATA
# title: MSK brokers replicate to each other without TLS
# description: >-
#   encryption_in_transit { in_cluster = false } makes the brokers of an MSK cluster
#   replicate partitions to each other in clear text. It defaults to true and can only be
#   chosen when the cluster is created.
# custom:
#   id: PLB-AWS-MSK-002
#   severity: medium
#   types: [aws_msk_cluster]
#   remediation: >-
#     Remove in_cluster = false (it defaults to true) from
#     encryption_info.encryption_in_transit; this recreates the cluster.
#   controls:
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {value: true}
package plumb.rules.aws.msk.in_cluster_plaintext

import rego.v1

deny contains {"msg": msg, "path": ["encryption_info", i, "encryption_in_transit", j, "in_cluster"]} if {
	some i, info in input.attributes.encryption_info
	some j, transit in info.encryption_in_transit
	transit.in_cluster == false
	msg := sprintf("MSK cluster %s replicates between brokers without TLS", [input.key])
}
