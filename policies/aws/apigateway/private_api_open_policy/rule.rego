# METADATA
# title: Private REST API lets any VPC endpoint invoke it
# description: >-
#   A private API is reachable only through interface VPC endpoints, and its resource policy
#   decides which ones. A statement that allows every principal with no condition (such as
#   aws:SourceVpce or aws:SourceVpc) lets a VPC endpoint in any VPC, of any AWS account, call
#   the API.
# custom:
#   id: PLB-AWS-APIGW-009
#   severity: high
#   types: [aws_api_gateway_rest_api]
#   remediation: >-
#     Add a Condition to the Allow statement, for example StringEquals { "aws:SourceVpce" =
#     "<your endpoint id>" }, or a Deny for requests whose aws:SourceVpce is not yours.
#   controls:
#     nist-800-53: ["AC-3", "AC-4"]
#     pci-dss: ["1.3.1", "7.2.1"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso-27001: ["A.5.15", "A.8.20"]
package plumb.rules.aws.apigateway.private_api_open_policy

import rego.v1

import data.plumb.lib.aws

# The separate aws_api_gateway_rest_api_policy is merged into policy.
deny contains {"msg": msg, "path": s.path} if {
	private_api
	some s in aws.b2_statements_at(input.attributes.policy, ["policy"])
	aws.b2_public_unconditioned(s.stmt)
	msg := sprintf("private REST API %s lets any VPC endpoint of any account invoke it", [input.key])
}

private_api if {
	some config in input.attributes.endpoint_configuration
	"PRIVATE" in config.types
}
