# METADATA
# title: Role grants access to every resource ("*")
# description: >-
#   A "*" in a rule's resources covers every resource and subresource of the rule's API groups,
#   including Secrets, pods/exec and any custom resource installed later. Roles should list
#   the resources the subject works with. Roles Kubernetes itself manages are not reported.
# custom:
#   id: PLB-K8S-RBAC-002
#   severity: high
#   types: [Role, ClusterRole]
#   remediation: Replace "*" with the resources the subject needs (for example configmaps, deployments).
#   controls:
#     cis-k8s: ["5.1.3"]
#     nist-800-53: ["AC-6"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.5.15", "A.8.2"]
package plumb.rules.kubernetes.rbac.wildcard_resources

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": ["rules", pr.index, "resources", j]} if {
	not k8s.rbac_default_object
	some pr in k8s.policy_rules
	some j, res in pr.rule.resources
	res == "*"
	msg := sprintf("%s rule %d applies to every resource (\"*\")", [input.key, pr.index])
}
