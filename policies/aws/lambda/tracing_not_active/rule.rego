# METADATA
# title: Lambda function does not use active X-Ray tracing
# description: >-
#   Active tracing samples and records every invocation's path through downstream services,
#   which is what lets an incident responder see what a function called, when, and with which
#   errors. Without a tracing_config block the mode is PassThrough: the function is traced only
#   when a caller already started a trace.
# custom:
#   id: PLB-AWS-LAMBDA-001
#   severity: low
#   types: [aws_lambda_function]
#   remediation: >-
#     Add tracing_config { mode = "Active" } to the aws_lambda_function and allow
#     xray:PutTraceSegments and xray:PutTelemetryRecords in its execution role (for example with
#     the AWSXRayDaemonWriteAccess managed policy).
#   controls:
#     nist-800-53: ["AU-12"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.16"]
#   fix:
#     none: active tracing needs X-Ray permissions in the function's role, which a fix must not grant
package plumb.rules.aws.lambda.tracing_not_active

import rego.v1

tracing_block if count(input.attributes.tracing_config) > 0

deny contains {"msg": msg, "path": []} if {
	not tracing_block
	msg := sprintf("Lambda function %s has no tracing_config, so X-Ray tracing is not active", [input.key])
}

deny contains {"msg": msg, "path": ["tracing_config", i, "mode"]} if {
	some i, block in input.attributes.tracing_config
	block.mode != "Active"
	msg := sprintf("Lambda function %s sets tracing mode %v instead of Active", [input.key, block.mode])
}
