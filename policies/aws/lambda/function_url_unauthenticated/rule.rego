# METADATA
# title: Lambda function URL can be invoked without authentication
# description: >-
#   A function URL with authorization_type = "NONE" is a public HTTPS endpoint: anyone who
#   finds the URL can invoke the function, with its role's permissions, as often as they like.
# custom:
#   id: PLB-AWS-LAMBDA-005
#   severity: high
#   types: [aws_lambda_function_url]
#   remediation: >-
#     Set authorization_type = "AWS_IAM" and sign requests with SigV4, or put the function
#     behind API Gateway or CloudFront with an authorizer. Keep "NONE" only for a function
#     that authenticates every request itself, and suppress the finding with that reason.
#   controls:
#     nist-800-53: ["AC-3", "IA-2"]
#     pci-dss: ["7.2.1", "8.2.1"]
#     hipaa: ["164.312(d)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15", "A.8.5"]
package plumb.rules.aws.lambda.function_url_unauthenticated

import rego.v1

deny contains {"msg": msg, "path": ["authorization_type"]} if {
	input.attributes.authorization_type == "NONE"
	msg := sprintf("Lambda function URL %s can be invoked by anyone without authentication", [input.key])
}
