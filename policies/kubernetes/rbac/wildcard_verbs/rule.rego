# METADATA
# title: Role grants every verb ("*")
# description: >-
#   A "*" in a rule's verbs grants every present and future verb on the rule's resources:
#   besides reading and writing, delete, deletecollection, and the special verbs escalate,
#   bind and impersonate where they apply. Roles should list the verbs the subject uses.
#   Roles Kubernetes itself manages (system:*, or labelled kubernetes.io/bootstrapping:
#   rbac-defaults) are not reported.
# custom:
#   id: PLB-K8S-RBAC-001
#   severity: high
#   types: [Role, ClusterRole]
#   remediation: Replace "*" with the verbs the subject needs (for example get, list, watch).
#   controls:
#     cis-k8s: ["5.1.3"]
#     nist-800-53: ["AC-6"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.5.15", "A.8.2"]
package plumb.rules.kubernetes.rbac.wildcard_verbs

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": ["rules", pr.index, "verbs", j]} if {
	not k8s.rbac_default_object
	some pr in k8s.policy_rules
	some j, verb in pr.rule.verbs
	verb == "*"
	msg := sprintf("%s rule %d grants every verb (\"*\")", [input.key, pr.index])
}
