# METADATA
# title: AppSync GraphQL API does not log resolver activity
# description: >-
#   Without log_config, or with field_log_level = "NONE", AppSync writes no request or
#   resolver logs: failed authorizations, errors and abusive queries against the API leave no
#   trace in CloudWatch Logs.
# custom:
#   id: PLB-AWS-APPSYNC-001
#   severity: low
#   types: [aws_appsync_graphql_api]
#   remediation: >-
#     Add log_config { cloudwatch_logs_role_arn = "<role>" field_log_level = "ERROR" } (or
#     "ALL" while debugging) to the aws_appsync_graphql_api.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.appsync.field_logging_disabled

import rego.v1

deny contains {"msg": msg, "path": ["log_config"]} if {
	not has_log_config
	msg := sprintf("AppSync API %s writes no logs", [input.key])
}

deny contains {"msg": msg, "path": ["log_config", i, "field_log_level"]} if {
	some i, config in input.attributes.log_config
	config.field_log_level == "NONE"
	msg := sprintf("AppSync API %s turns resolver logging off", [input.key])
}

has_log_config if count(input.attributes.log_config) > 0
