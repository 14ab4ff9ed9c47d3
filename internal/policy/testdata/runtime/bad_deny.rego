# METADATA
# title: Test rule whose deny elements are malformed when c is set
# custom:
#   id: TEST-ERR-002
#   severity: high
#   types: [aws_s3_bucket]
package test.runtime.bad_deny

deny contains {"msg": 3} if input.attributes.c == "msg"

deny contains {"msg": "bad path", "path": ["x", 1.5]} if input.attributes.c == "path"

deny contains 42 if input.attributes.c == "number"
