# METADATA
# title: Test rule that reports every resource it sees
# custom:
#   id: TEST-SPY-001
#   severity: info
#   types: [aws_s3_bucket]
package test.rules.type_spy

deny contains sprintf("%s|%s|%s", [input.key, input.type, input.origin])
