# METADATA
# title: DAX cluster endpoint does not use TLS
# description: >-
#   cluster_endpoint_encryption_type decides whether clients reach a DynamoDB Accelerator
#   cluster over TLS. It defaults to NONE, so cached table items and the requests for them
#   cross the VPC in clear text. It can only be chosen when the cluster is created.
# custom:
#   id: PLB-AWS-DDB-005
#   severity: medium
#   types: [aws_dax_cluster]
#   remediation: >-
#     Set cluster_endpoint_encryption_type = "TLS" on the aws_dax_cluster (this replaces the
#     cluster) and connect with the daxs:// endpoint.
#   controls:
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.dynamodb.dax_endpoint_not_tls

import rego.v1

type_set if _ = input.attributes.cluster_endpoint_encryption_type

deny contains {"msg": msg, "path": []} if {
	not type_set
	msg := sprintf("DAX cluster %s does not set cluster_endpoint_encryption_type, so its endpoint is not encrypted", [input.key])
}

deny contains {"msg": msg, "path": ["cluster_endpoint_encryption_type"]} if {
	t := input.attributes.cluster_endpoint_encryption_type
	is_string(t)
	upper(t) != "TLS"
	msg := sprintf("DAX cluster %s sets cluster_endpoint_encryption_type = %q, so clients connect without TLS", [input.key, t])
}
