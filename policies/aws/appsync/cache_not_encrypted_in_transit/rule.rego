# METADATA
# title: AppSync API cache is not encrypted in transit
# description: >-
#   Without transit_encryption_enabled (false by default) resolver results travel between
#   AppSync and its cache nodes in clear text.
# custom:
#   id: PLB-AWS-APPSYNC-004
#   severity: medium
#   types: [aws_appsync_api_cache]
#   remediation: >-
#     Set transit_encryption_enabled = true on the aws_appsync_api_cache (the cache is replaced).
#   controls:
#     nist-800-53: ["SC-8"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {path: [transit_encryption_enabled], value: true}
package plumb.rules.aws.appsync.cache_not_encrypted_in_transit

import rego.v1

# transit_encryption_enabled defaults to false.
deny contains {"msg": msg, "path": ["transit_encryption_enabled"]} if {
	not input.attributes.transit_encryption_enabled == true
	msg := sprintf("AppSync API cache %s is not encrypted in transit", [input.key])
}
