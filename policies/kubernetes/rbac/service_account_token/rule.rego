# METADATA
# title: Role can create service account tokens
# description: >-
#   create on serviceaccounts/token issues tokens for any service account in the role's
#   scope: the subject can then act as the most privileged account there. Roles Kubernetes
#   itself manages are not reported.
#   A "*" in resources is reported by PLB-K8S-RBAC-002 instead.
# custom:
#   id: PLB-K8S-RBAC-011
#   severity: medium
#   types: [Role, ClusterRole]
#   remediation: >-
#     Remove serviceaccounts/token, or limit it with resourceNames to the accounts the subject
#     is meant to issue tokens for.
#   controls:
#     cis-k8s: ["5.1.13"]
#     nist-800-53: ["AC-6", "IA-5"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.kubernetes.rbac.service_account_token

import data.plumb.lib.kubernetes as k8s
import rego.v1

scoped(r) if count(r.resourceNames) > 0

deny contains {"msg": msg, "path": ["rules", pr.index, "resources", j]} if {
	not k8s.rbac_default_object
	some pr in k8s.policy_rules
	not scoped(pr.rule)
	k8s.grants_any_verb(pr.rule, {"create"})
	some j in k8s.resource_indexes(pr.rule, "", {"serviceaccounts/token"})
	msg := sprintf("%s rule %d can issue tokens for any service account in its scope", [input.key, pr.index])
}
