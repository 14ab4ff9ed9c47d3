# METADATA
# title: AppSync API cache is not encrypted at rest
# description: >-
#   Cached resolver results (often the same personal or account data the API serves) are
#   stored unencrypted in the cache's ElastiCache nodes unless at_rest_encryption_enabled is
#   set; it is false by default and can only be set when the cache is created.
# custom:
#   id: PLB-AWS-APPSYNC-003
#   severity: medium
#   types: [aws_appsync_api_cache]
#   remediation: >-
#     Set at_rest_encryption_enabled = true on the aws_appsync_api_cache (the cache is replaced).
#   controls:
#     nist-800-53: ["SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {path: [at_rest_encryption_enabled], value: true}
package plumb.rules.aws.appsync.cache_not_encrypted_at_rest

import rego.v1

# at_rest_encryption_enabled defaults to false.
deny contains {"msg": msg, "path": ["at_rest_encryption_enabled"]} if {
	not input.attributes.at_rest_encryption_enabled == true
	msg := sprintf("AppSync API cache %s is not encrypted at rest", [input.key])
}
