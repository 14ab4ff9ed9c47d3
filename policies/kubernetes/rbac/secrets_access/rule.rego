# METADATA
# title: Role can read Secrets
# description: >-
#   get, list or watch on Secrets reads every credential the role's scope holds: database
#   passwords, TLS keys, registry credentials and, in older clusters, service account tokens
#   of more privileged accounts. list and watch return the values too. A rule that names the
#   Secrets it may get (resourceNames) is not reported. Roles Kubernetes itself manages are not
#   reported.
#   A "*" in resources is reported by PLB-K8S-RBAC-002 instead.
# custom:
#   id: PLB-K8S-RBAC-004
#   severity: high
#   types: [Role, ClusterRole]
#   remediation: >-
#     Remove Secrets from the rule, or restrict it to get with resourceNames listing the
#     Secrets the subject needs. Prefer mounting Secrets into pods over reading them through
#     the API.
#   controls:
#     cis-k8s: ["5.1.2"]
#     nist-800-53: ["AC-6", "AC-3"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.5.15", "A.5.17"]
package plumb.rules.kubernetes.rbac.secrets_access

import data.plumb.lib.kubernetes as k8s
import rego.v1

read_verbs := {"get", "list", "watch"}

scoped(r) if count(r.resourceNames) > 0

deny contains {"msg": msg, "path": ["rules", pr.index, "resources", j]} if {
	not k8s.rbac_default_object
	some pr in k8s.policy_rules
	not scoped(pr.rule)
	k8s.grants_any_verb(pr.rule, read_verbs)
	some j in k8s.resource_indexes(pr.rule, "", {"secrets"})
	msg := sprintf("%s rule %d can read every Secret in its scope", [input.key, pr.index])
}
