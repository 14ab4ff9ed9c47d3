# METADATA
# title: AWS Config recorder does not record every resource type
# description: >-
#   A configuration recorder whose recording_group sets all_supported = false, or a
#   recording_strategy other than ALL_SUPPORTED_RESOURCE_TYPES, records only the types it
#   lists: changes to every other resource leave no configuration history and escape Config
#   rules. The provider's default records all supported types.
# custom:
#   id: PLB-AWS-CONFIG-001
#   severity: medium
#   types: [aws_config_configuration_recorder]
#   remediation: >-
#     Set recording_group { all_supported = true } (and include_global_resource_types =
#     true in one Region) on the aws_config_configuration_recorder.
#   controls:
#     cis-aws: ["3.3"]
#     nist-800-53: ["CM-8", "CM-3"]
#     pci-dss: ["1.2.7"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.9"]
package plumb.rules.aws.config.recorder_not_all_resources

import rego.v1

deny contains {"msg": msg, "path": ["recording_group", i, "all_supported"]} if {
	some i, group in input.attributes.recording_group
	group.all_supported == false
	msg := sprintf("Config recorder %s records only some resource types", [input.key])
}

deny contains {"msg": msg, "path": ["recording_group", i, "recording_strategy", j, "use_only"]} if {
	some i, group in input.attributes.recording_group
	some j, strategy in group.recording_strategy
	is_string(strategy.use_only)
	strategy.use_only != "ALL_SUPPORTED_RESOURCE_TYPES"
	msg := sprintf("Config recorder %s records only some resource types (%s)", [input.key, strategy.use_only])
}
