# METADATA
# title: OpenSearch domain accepts plain HTTP
# description: >-
#   domain_endpoint_options { enforce_https = false } lets clients send queries, documents
#   and credentials to the domain endpoint over unencrypted HTTP.
# custom:
#   id: PLB-AWS-OPENSEARCH-003
#   severity: high
#   types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   remediation: >-
#     Set enforce_https = true in domain_endpoint_options, with tls_security_policy =
#     "Policy-Min-TLS-1-2-PFS-2023-10".
#   controls:
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {value: true}
package plumb.rules.aws.opensearch.https_not_enforced

import rego.v1

deny contains {"msg": msg, "path": ["domain_endpoint_options", i, "enforce_https"]} if {
	some i, opts in input.attributes.domain_endpoint_options
	opts.enforce_https == false
	msg := sprintf("domain %s accepts requests over plain HTTP", [input.key])
}
