# METADATA
# title: Test rule that fails at run time when both a and b are set
# custom:
#   id: TEST-ERR-001
#   severity: high
#   types: [aws_s3_bucket]
package test.runtime.conflict

name := "a" if input.attributes.a

name := "b" if input.attributes.b

deny contains "named" if name
