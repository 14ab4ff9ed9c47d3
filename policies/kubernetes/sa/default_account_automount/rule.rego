# METADATA
# title: A namespace's default service account mounts its token
# description: >-
#   Every pod that names no service account runs as the namespace's "default" account. Unless
#   that account sets automountServiceAccountToken: false, all of those pods get an API token
#   they rarely need, and any permission later bound to "default" reaches all of them.
# custom:
#   id: PLB-K8S-SA-003
#   severity: low
#   types: [ServiceAccount]
#   remediation: >-
#     Declare the default ServiceAccount of each namespace with automountServiceAccountToken:
#     false, and give workloads that call the API their own account.
#   controls:
#     cis-k8s: ["5.1.5"]
#     nist-800-53: ["AC-6", "IA-5"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
#   fix:
#     set: {value: false}
package plumb.rules.kubernetes.sa.default_account_automount

import rego.v1

deny contains {"msg": msg, "path": ["automountServiceAccountToken"]} if {
	input.attributes.metadata.name == "default"
	not input.attributes.automountServiceAccountToken == false
	msg := sprintf("%s does not set automountServiceAccountToken: false", [input.key])
}
