# METADATA
# title: OpenSearch domain does not encrypt traffic between nodes
# description: >-
#   Without node_to_node_encryption { enabled = true } the nodes of an OpenSearch or
#   Elasticsearch domain replicate documents and answer each other's queries in clear text
#   inside the VPC; the provider's default when the block is absent is false.
# custom:
#   id: PLB-AWS-OPENSEARCH-002
#   severity: medium
#   types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   remediation: >-
#     Add node_to_node_encryption { enabled = true } to the domain (required anyway for
#     fine-grained access control).
#   controls:
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {path: [node_to_node_encryption, 0, enabled], value: true}
package plumb.rules.aws.opensearch.node_to_node_encryption_disabled

import rego.v1

block_set if count(input.attributes.node_to_node_encryption) > 0

deny contains {"msg": msg, "path": []} if {
	not block_set
	msg := sprintf("domain %s has no node_to_node_encryption block, so its nodes talk in clear text", [input.key])
}

deny contains {"msg": msg, "path": ["node_to_node_encryption", i, "enabled"]} if {
	some i, b in input.attributes.node_to_node_encryption
	b.enabled == false
	msg := sprintf("domain %s sets node_to_node_encryption.enabled = false, so its nodes talk in clear text", [input.key])
}
