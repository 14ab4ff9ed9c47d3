# METADATA
# title: Lambda permission for an AWS service is not scoped to a source
# description: >-
#   Granting invoke rights to a service principal such as s3.amazonaws.com or
#   events.amazonaws.com without source_arn or source_account lets that service invoke the
#   function on behalf of any customer's resource, not just yours: a confused-deputy path by
#   which another account's bucket or rule can trigger your function.
# custom:
#   id: PLB-AWS-LAMBDA-004
#   severity: medium
#   types: [aws_lambda_permission]
#   remediation: >-
#     Set source_arn to the ARN of the bucket, rule, topic or API that calls the function, and
#     source_account to your account id where the service supports it (for example S3).
#   controls:
#     nist-800-53: ["AC-3"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15"]
package plumb.rules.aws.lambda.service_permission_unscoped

import rego.v1

scoped if _ = input.attributes.source_arn

scoped if _ = input.attributes.source_account

# Alexa skills are tied to the function by an event source token instead.
scoped if _ = input.attributes.event_source_token

deny contains {"msg": msg, "path": ["principal"]} if {
	principal := input.attributes.principal
	is_string(principal)
	endswith(principal, ".amazonaws.com")
	not scoped
	msg := sprintf("%s lets %s invoke the function for any source; set source_arn or source_account", [input.key, principal])
}
