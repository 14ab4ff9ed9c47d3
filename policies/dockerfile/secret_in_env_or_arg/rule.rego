# METADATA
# title: Secret passed in ENV or ARG
# description: >-
#   ENV values are stored in the image's configuration, and ARG values in its build history
#   (docker history shows them), so anyone who can pull the image can read them; a default
#   written in the Dockerfile is also in the repository. Variables named like passwords,
#   tokens or keys should never carry their value this way.
# custom:
#   id: PLB-DOCKER-010
#   severity: high
#   types: [dockerfile]
#   remediation: >-
#     Pass build-time secrets with RUN --mount=type=secret,id=… (docker build --secret), and
#     run-time secrets through the orchestrator (Kubernetes Secrets, a secrets manager, a
#     *_FILE variable pointing at a mounted file). Rotate any secret that was committed.
#   controls:
#     nist-800-53: ["IA-5", "SC-28"]
#     pci-dss: ["8.6.2"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
#   fix:
#     none: moving a secret to a build secret or to the orchestrator changes how the image is built and run
package plumb.rules.dockerfile.secret_in_env_or_arg

import rego.v1

# Names that say they hold a secret; names of files, paths or endpoints that lead to one do
# not.
secret_name(name) if {
	regex.match(`(?i)(passw(or)?d|passphrase|secret|token|api_?key|apikey|private_?key|access_?key|credential|(^|_)pwd$|(^|_)pass$)`, name)
	not regex.match(`(?i)_(file|path|dir|url|uri|endpoint|host|port|name|type|version|length|id)$`, name)
}

secret_name(name) if endswith(upper(name), "ACCESS_KEY_ID")

# An ARG before the first FROM.
deny contains {"msg": msg, "path": ["args", j]} if {
	some j, arg in input.attributes.args
	secret_name(arg.name)
	msg := sprintf("ARG %s passes a secret as a build argument", [arg.name])
}

deny contains {"msg": msg, "path": ["stages", i, "instructions", k, "vars", m]} if {
	some i, stage in input.attributes.stages
	some k, inst in stage.instructions
	inst.instruction in {"ENV", "ARG"}
	some m, v in inst.vars
	secret_name(v.name)
	not v.value == ""
	msg := sprintf("%s %s passes a secret in the image's %s", [inst.instruction, v.name, kind[inst.instruction]])
}

kind := {"ENV": "environment", "ARG": "build arguments"}
