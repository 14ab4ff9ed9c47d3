# METADATA
# title: VPC endpoint service lets every AWS principal connect
# description: >-
#   Allowing the principal "*" on an endpoint service lets any AWS account in the world create
#   an interface endpoint to it, turning a private service behind a Network Load Balancer into
#   one reachable from any VPC.
# custom:
#   id: PLB-AWS-VPC-017
#   severity: high
#   types: [aws_vpc_endpoint_service, aws_vpc_endpoint_service_allowed_principal]
#   remediation: >-
#     Replace "*" with the ARNs of the accounts, roles or organization that consume the
#     service, in allowed_principals or in aws_vpc_endpoint_service_allowed_principal.
#   controls:
#     nist-800-53: ["AC-3", "AC-4"]
#     pci-dss: ["1.3.1", "7.2.1"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso-27001: ["A.5.15", "A.8.20"]
package plumb.rules.aws.vpc.endpoint_service_public_principal

import rego.v1

deny contains {"msg": msg, "path": ["allowed_principals", i]} if {
	input.type == "aws_vpc_endpoint_service"
	some i, principal in input.attributes.allowed_principals
	principal == "*"
	msg := sprintf("VPC endpoint service %s allows every AWS principal to connect", [input.key])
}

deny contains {"msg": msg, "path": ["principal_arn"]} if {
	input.type == "aws_vpc_endpoint_service_allowed_principal"
	input.attributes.principal_arn == "*"
	msg := sprintf("%s allows every AWS principal to connect to the endpoint service", [input.key])
}
