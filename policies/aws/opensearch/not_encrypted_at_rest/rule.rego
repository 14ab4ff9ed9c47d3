# METADATA
# title: OpenSearch domain does not encrypt data at rest
# description: >-
#   Without encrypt_at_rest { enabled = true } an OpenSearch or Elasticsearch domain keeps
#   its indices, logs, swap and automated snapshots unencrypted; the provider's default
#   when the block is absent is false.
# custom:
#   id: PLB-AWS-OPENSEARCH-001
#   severity: high
#   types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   remediation: >-
#     Add encrypt_at_rest { enabled = true } (with kms_key_id for a customer managed key)
#     to the domain.
#   controls:
#     nist-800-53: ["SC-28", "SC-28(1)"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {path: [encrypt_at_rest, 0, enabled], value: true}
package plumb.rules.aws.opensearch.not_encrypted_at_rest

import rego.v1

block_set if count(input.attributes.encrypt_at_rest) > 0

deny contains {"msg": msg, "path": []} if {
	not block_set
	msg := sprintf("domain %s has no encrypt_at_rest block, so its indices are stored unencrypted", [input.key])
}

deny contains {"msg": msg, "path": ["encrypt_at_rest", i, "enabled"]} if {
	some i, b in input.attributes.encrypt_at_rest
	b.enabled == false
	msg := sprintf("domain %s sets encrypt_at_rest.enabled = false, so its indices are stored unencrypted", [input.key])
}
