# METADATA
# title: Instance user data contains an AWS access key
# description: >-
#   User data is readable by anyone who can describe the instance or launch template, and from
#   inside the instance through the metadata service. An access key id there almost always
#   comes with its secret key, handing long-lived credentials to every such reader.
# custom:
#   id: PLB-AWS-EC2-005
#   severity: high
#   types: [aws_instance, aws_launch_template, aws_launch_configuration]
#   remediation: >-
#     Remove the key from user_data, deactivate and rotate it in IAM, and give the instance an
#     IAM role through an instance profile (iam_instance_profile); read other secrets from
#     Secrets Manager or SSM Parameter Store at boot.
#   controls:
#     nist-800-53: ["IA-5(7)"]
#     pci-dss: ["8.6.2"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
package plumb.rules.aws.ec2.user_data_aws_access_key

import rego.v1

# An IAM access key id: AKIA and 16 upper-case letters or digits, standing alone.
access_key_pattern := `(^|[^A-Za-z0-9])AKIA[A-Z0-9]{16}($|[^A-Za-z0-9])`

# Each attribute is named in full so that the engine knows exactly which ones this rule reads.
user_data contains ["user_data", text] if text := input.attributes.user_data

user_data contains ["user_data_base64", text] if text := input.attributes.user_data_base64

deny contains {"msg": msg, "path": [attribute]} if {
	some [attribute, text] in user_data
	is_string(text)
	contains_access_key(text)
	msg := sprintf("%s carries an AWS access key id in %s", [input.key, attribute])
}

contains_access_key(text) if regex.match(access_key_pattern, text)

# user_data_base64, and user_data of a launch template, hold base64; user_data of an instance
# may have been encoded by hand. Look inside whenever the text decodes.
contains_access_key(text) if {
	base64.is_valid(text)
	regex.match(access_key_pattern, base64.decode(text))
}
