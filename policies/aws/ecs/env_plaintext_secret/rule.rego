# METADATA
# title: ECS container environment variable holds a literal secret
# description: >-
#   Values in a container definition's environment are stored in clear text in the task
#   definition, shown in the console and returned by DescribeTaskDefinition to anyone with
#   read access, and kept in every revision forever.
# custom:
#   id: PLB-AWS-ECS-004
#   severity: high
#   types: [aws_ecs_task_definition]
#   remediation: >-
#     Move the value to Secrets Manager or SSM Parameter Store and reference it from the
#     container's "secrets" list (valueFrom) instead of "environment".
#   controls:
#     nist-800-53: ["IA-5(7)", "SC-28"]
#     pci-dss: ["8.6.2"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.ecs.env_plaintext_secret

import rego.v1

import data.plumb.lib.aws

# Names that say the variable holds a credential (the word must end there: TOKENIZER_MODEL is
# not a token)...
secret_name(name) if regex.match(`(?i)(secret|passw(or)?d|token|api_?key|private_?key|access_?key|credential)s?($|[^a-z])`, name)

# ...unless they say it holds a pointer to one, or a setting about one.
reference_name(name) if regex.match(`(?i)_(arn|id|name|path|param|parameter|ref|url|uri|file|endpoint|region|length|len|min|max|ttl|expiry|expiration|header|type|mode|enabled|version|rotation|format|size)$`, name)

# Values that cannot be a secret: switches, placeholders, ARNs and SSM-style paths.
harmless_value(v) if lower(trim_space(v)) in {"", "true", "false", "yes", "no", "on", "off", "none", "null", "enabled", "disabled"}

harmless_value(v) if startswith(v, "arn:")

harmless_value(v) if regex.match(`^/[A-Za-z0-9_.\-/]+$`, v)

deny contains {"msg": msg, "path": ["container_definitions", i, "environment", j, "value"]} if {
	some i, c in aws.ecs_containers(input.attributes.container_definitions)
	some j, env in c.environment
	is_string(env.name)
	is_string(env.value)
	secret_name(env.name)
	not reference_name(env.name)
	not harmless_value(env.value)
	msg := sprintf("task definition %s sets %s of container %s to a literal value that looks like a secret", [input.key, env.name, aws.ecs_name(c)])
}
