# METADATA
# title: Lambda environment variable holds a literal secret
# description: >-
#   A password, token or key written as a literal environment variable sits in the Terraform
#   code and state, and anyone with lambda:GetFunctionConfiguration can read it in clear text.
#   Secrets belong in Secrets Manager or SSM Parameter Store, fetched at run time; the
#   environment should carry only the secret's name or ARN. The finding names the variable,
#   never its value.
# custom:
#   id: PLB-AWS-LAMBDA-002
#   severity: high
#   types: [aws_lambda_function]
#   remediation: >-
#     Store the value in aws_secretsmanager_secret (or an SSM SecureString parameter), pass its
#     ARN or name in the variable instead (for example DB_PASSWORD_SECRET_ARN), grant the
#     function's role secretsmanager:GetSecretValue on it, and rotate the exposed secret.
#   controls:
#     nist-800-53: ["IA-5(7)", "SC-28"]
#     pci-dss: ["8.6.2"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.lambda.env_plaintext_secret

import rego.v1

# Names that say the variable holds a credential (the word must end there: TOKENIZER_MODEL is
# not a token)...
secret_name(name) if regex.match(`(?i)(secret|passw(or)?d|token|api_?key|private_?key|access_?key|credential)s?($|[^a-z])`, name)

# ...unless they say it holds a pointer to one, or a setting about one.
reference_name(name) if regex.match(`(?i)_(arn|id|name|path|param|parameter|ref|url|uri|file|endpoint|region|length|len|min|max|ttl|expiry|expiration|header|type|mode|enabled|version|rotation|format|size)$`, name)

# Values that cannot be a secret: switches, placeholders, ARNs, SSM-style paths and dynamic
# references are left alone.
harmless_value(v) if lower(trim_space(v)) in {"", "true", "false", "yes", "no", "on", "off", "none", "null", "enabled", "disabled"}

harmless_value(v) if startswith(v, "arn:")

harmless_value(v) if startswith(v, "{{resolve:")

harmless_value(v) if regex.match(`^/[A-Za-z0-9_.\-/]+$`, v)

deny contains {"msg": msg, "path": ["environment", i, "variables", name]} if {
	some i, env in input.attributes.environment
	some name, value in env.variables
	is_string(value)
	secret_name(name)
	not reference_name(name)
	not harmless_value(value)
	msg := sprintf("Lambda function %s sets the environment variable %s to a literal value that looks like a secret", [input.key, name])
}
