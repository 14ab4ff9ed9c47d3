# METADATA
# title: SSM parameter that holds a secret is not a SecureString
# description: >-
#   A parameter whose name says it holds a password, secret, token, API key, private key or
#   credential but whose type is String or StringList is stored unencrypted and shown in
#   clear text to anyone allowed ssm:GetParameter or ssm:DescribeParameters, and in the
#   console.
# custom:
#   id: PLB-AWS-SSM-001
#   severity: high
#   types: [aws_ssm_parameter]
#   remediation: >-
#     Set type = "SecureString" (with key_id for a customer managed KMS key), or keep the
#     value in Secrets Manager.
#   controls:
#     nist-800-53: ["SC-28", "IA-5(7)"]
#     pci-dss: ["3.5.1", "8.3.2"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24", "A.5.17"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.ssm.secret_in_plain_parameter

import rego.v1

# The last segment of the name must end with the word: /app/db-password-min-length is a
# setting, /app/db-password a secret.
secret_words := `(?i)(password|passwd|passphrase|secret|token|api[-_.]?key|private[-_.]?key|credentials?)$`

deny contains {"msg": msg, "path": ["type"]} if {
	input.attributes.type in {"String", "StringList"}
	name := input.attributes.name
	is_string(name)
	parts := split(name, "/")
	regex.match(secret_words, parts[count(parts) - 1])
	msg := sprintf("parameter %s looks like a secret (%s) but is stored as a plain %s", [input.key, name, input.attributes.type])
}
