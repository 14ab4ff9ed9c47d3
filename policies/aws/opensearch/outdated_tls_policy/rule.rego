# METADATA
# title: OpenSearch domain endpoint accepts TLS 1.0 and 1.1
# description: >-
#   tls_security_policy = "Policy-Min-TLS-1-0-2019-07" keeps TLS 1.0 and 1.1, with their
#   weak cipher suites, available on the domain endpoint.
# custom:
#   id: PLB-AWS-OPENSEARCH-004
#   severity: medium
#   types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   remediation: >-
#     Set tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10" (or "Policy-Min-
#     TLS-1-2-2019-07") in domain_endpoint_options.
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
package plumb.rules.aws.opensearch.outdated_tls_policy

import rego.v1

deny contains {"msg": msg, "path": ["domain_endpoint_options", i, "tls_security_policy"]} if {
	some i, opts in input.attributes.domain_endpoint_options
	opts.tls_security_policy == "Policy-Min-TLS-1-0-2019-07"
	msg := sprintf("domain %s accepts TLS 1.0 and 1.1 on its endpoint", [input.key])
}
