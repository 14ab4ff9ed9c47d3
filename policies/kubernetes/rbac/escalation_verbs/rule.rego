# METADATA
# title: Role grants escalate, bind or impersonate
# description: >-
#   These verbs bypass RBAC's own protection against privilege escalation: escalate lets the
#   subject write roles with permissions it does not hold, bind lets it bind any role
#   (cluster-admin included) to itself, and impersonate lets it act as any user, group or
#   service account. Each is equivalent to the strongest role in its scope. Roles Kubernetes
#   itself manages are not reported.
# custom:
#   id: PLB-K8S-RBAC-005
#   severity: high
#   types: [Role, ClusterRole]
#   remediation: >-
#     Remove the verb. Controllers that must create bindings should be granted bind with
#     resourceNames limited to the roles they hand out.
#   controls:
#     cis-k8s: ["5.1.8"]
#     nist-800-53: ["AC-6"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.kubernetes.rbac.escalation_verbs

import data.plumb.lib.kubernetes as k8s
import rego.v1

escalation := {"escalate", "bind", "impersonate"}

deny contains {"msg": msg, "path": ["rules", pr.index, "verbs", j]} if {
	not k8s.rbac_default_object
	some pr in k8s.policy_rules
	some j, verb in pr.rule.verbs
	verb in escalation
	msg := sprintf("%s rule %d grants the %s verb", [input.key, pr.index, verb])
}
