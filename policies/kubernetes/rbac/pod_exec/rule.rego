# METADATA
# title: Role can exec or attach into pods
# description: >-
#   pods/exec and pods/attach open a shell or a terminal in running containers, with their
#   filesystem, their environment (and any credentials in it) and their service account
#   token. A subject with this permission effectively holds every permission of every pod it
#   can reach. get is enough over WebSockets, so both get and create are reported. Roles
#   Kubernetes itself manages are not reported.
#   A "*" in resources is reported by PLB-K8S-RBAC-002 instead.
# custom:
#   id: PLB-K8S-RBAC-006
#   severity: high
#   types: [Role, ClusterRole]
#   remediation: >-
#     Remove pods/exec and pods/attach from the role; grant them only to break-glass roles
#     bound on demand, and audit their use.
#   controls:
#     nist-800-53: ["AC-6", "AC-17"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.kubernetes.rbac.pod_exec

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": ["rules", pr.index, "resources", j]} if {
	not k8s.rbac_default_object
	some pr in k8s.policy_rules
	k8s.grants_any_verb(pr.rule, {"create", "get"})
	some j in k8s.resource_indexes(pr.rule, "", {"pods/exec", "pods/attach"})
	msg := sprintf("%s rule %d lets the subject exec or attach into pods", [input.key, pr.index])
}
