# METADATA
# title: Lambda layer version is shared with every AWS account
# description: >-
#   A layer version permission for principal "*" lets any AWS account download the layer's
#   contents: libraries, configuration and anything else that was packaged into it, sometimes
#   credentials.
# custom:
#   id: PLB-AWS-LAMBDA-007
#   severity: medium
#   types: [aws_lambda_layer_version_permission]
#   remediation: >-
#     Set principal to the account id that needs the layer, or keep "*" with organization_id
#     to share within your AWS Organization only.
#   controls:
#     nist-800-53: ["AC-3", "AC-22"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15", "A.8.12"]
package plumb.rules.aws.lambda.public_layer_permission

import rego.v1

# organization_id narrows "*" to the accounts of one organization.
deny contains {"msg": msg, "path": ["principal"]} if {
	input.attributes.principal == "*"
	not has_organization
	msg := sprintf("layer permission %s shares the layer version with every AWS account", [input.key])
}

has_organization if _ = input.attributes.organization_id
