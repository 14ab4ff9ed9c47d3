# METADATA
# title: Lambda permission lets anyone invoke the function
# description: >-
#   An aws_lambda_permission with principal "*" and no source_arn, source_account or
#   principal_org_id adds a resource-policy statement that lets any AWS account (and, for a
#   function URL, anyone on the internet) call the function, running its code and its
#   execution role's permissions on their behalf.
# custom:
#   id: PLB-AWS-LAMBDA-003
#   severity: high
#   types: [aws_lambda_permission]
#   remediation: >-
#     Set principal to the account, role or service that calls the function (for example
#     "apigateway.amazonaws.com" with source_arn set to the API's execution ARN), or keep "*"
#     only with principal_org_id or source_account restricting the callers.
#   controls:
#     nist-800-53: ["AC-3", "AC-6"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso-27001: ["A.5.15"]
package plumb.rules.aws.lambda.public_permission

import rego.v1

restricted if _ = input.attributes.source_arn

restricted if _ = input.attributes.source_account

restricted if _ = input.attributes.principal_org_id

deny contains {"msg": msg, "path": ["principal"]} if {
	input.attributes.principal == "*"
	not restricted
	msg := sprintf("%s lets every principal invoke the Lambda function", [input.key])
}
