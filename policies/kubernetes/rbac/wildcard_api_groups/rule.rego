# METADATA
# title: Role applies to every API group ("*")
# description: >-
#   A "*" in a rule's apiGroups makes the rule's resource names match in every API group,
#   including groups that custom resource definitions add later, which may reuse a name with
#   a very different meaning. Roles should name their groups ("" for the core group). Roles
#   Kubernetes itself manages are not reported.
# custom:
#   id: PLB-K8S-RBAC-003
#   severity: medium
#   types: [Role, ClusterRole]
#   remediation: Replace "*" with the API groups of the resources the rule is meant for ("", "apps", "batch", ...).
#   controls:
#     cis-k8s: ["5.1.3"]
#     nist-800-53: ["AC-6"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.5.15"]
package plumb.rules.kubernetes.rbac.wildcard_api_groups

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": ["rules", pr.index, "apiGroups", j]} if {
	not k8s.rbac_default_object
	some pr in k8s.policy_rules
	some j, group in pr.rule.apiGroups
	group == "*"
	msg := sprintf("%s rule %d applies to every API group (\"*\")", [input.key, pr.index])
}
