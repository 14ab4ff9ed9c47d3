# METADATA
# title: Test bucket ACL is public
# custom:
#   id: TEST-S3-002
#   severity: critical
#   types: [aws_s3_bucket]
package test.rules.s3_acl

import data.test.helpers

deny contains {"msg": "bucket ACL is public", "path": ["acl"]} if helpers.public_acl
