# METADATA
# title: API Gateway custom domain accepts TLS 1.0
# description: >-
#   The TLS_1_0 security policy lets clients connect with TLS 1.0 and 1.1 and their weak
#   cipher suites, which PCI DSS and current browsers no longer accept.
# custom:
#   id: PLB-AWS-APIGW-007
#   severity: medium
#   types: [aws_api_gateway_domain_name]
#   remediation: Set security_policy = "TLS_1_2" on the aws_api_gateway_domain_name.
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.apigateway.domain_tls_1_0

import rego.v1

deny contains {"msg": msg, "path": ["security_policy"]} if {
	input.attributes.security_policy == "TLS_1_0"
	msg := sprintf("API Gateway domain %s accepts TLS 1.0", [input.key])
}
