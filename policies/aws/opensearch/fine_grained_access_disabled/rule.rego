# METADATA
# title: OpenSearch domain does not use fine-grained access control
# description: >-
#   Without advanced_security_options { enabled = true } a domain has no users, roles or
#   index-, document- and field-level permissions: whoever the access policy lets in can
#   read and change every index, and audit logging is not available.
# custom:
#   id: PLB-AWS-OPENSEARCH-006
#   severity: medium
#   types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   remediation: >-
#     Add advanced_security_options { enabled = true } with an IAM master user ARN (or
#     the internal user database) and map roles to the users and groups that need each
#     index.
#   controls:
#     nist-800-53: ["AC-3", "AC-6"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1", "CC6.3"]
#     iso-27001: ["A.5.15", "A.8.3"]
package plumb.rules.aws.opensearch.fine_grained_access_disabled

import rego.v1

block_set if count(input.attributes.advanced_security_options) > 0

deny contains {"msg": msg, "path": []} if {
	not block_set
	msg := sprintf("domain %s has no advanced_security_options block, so there are no per-index permissions", [input.key])
}

deny contains {"msg": msg, "path": ["advanced_security_options", i, "enabled"]} if {
	some i, b in input.attributes.advanced_security_options
	b.enabled == false
	msg := sprintf("domain %s sets advanced_security_options.enabled = false, so there are no per-index permissions", [input.key])
}
