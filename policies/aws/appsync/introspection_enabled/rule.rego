# METADATA
# title: AppSync GraphQL API answers introspection queries
# description: >-
#   Introspection (on unless introspection_config says otherwise) hands any caller who can
#   reach the API its complete schema: every type, field, query and mutation, including the
#   ones the client applications never use, which is the map an attacker needs to probe it.
# custom:
#   id: PLB-AWS-APPSYNC-005
#   severity: low
#   types: [aws_appsync_graphql_api]
#   remediation: >-
#     Set introspection_config = "DISABLED" on production APIs; keep it on only where tools
#     need the schema at run time.
#   controls:
#     nist-800-53: ["CM-7", "SC-7"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.9", "A.8.26"]
package plumb.rules.aws.appsync.introspection_enabled

import rego.v1

# introspection_config defaults to "ENABLED".
deny contains {"msg": msg, "path": ["introspection_config"]} if {
	not has_introspection_config
	msg := sprintf("AppSync API %s answers introspection queries (introspection_config defaults to ENABLED)", [input.key])
}

deny contains {"msg": msg, "path": ["introspection_config"]} if {
	input.attributes.introspection_config == "ENABLED"
	msg := sprintf("AppSync API %s answers introspection queries", [input.key])
}

has_introspection_config if _ = input.attributes.introspection_config
