# METADATA
# title: Role bound to anonymous or every authenticated user
# description: >-
#   The system:anonymous user and system:unauthenticated group are anyone who can reach the
#   API server; system:authenticated is anyone with any credential, every service account of
#   every namespace included. A role bound to them is granted to all of those. The bindings
#   Kubernetes creates itself (discovery, public-info-viewer) are not reported.
# custom:
#   id: PLB-K8S-RBAC-008
#   severity: high
#   types: [ClusterRoleBinding, RoleBinding]
#   remediation: Bind the role to the specific users, groups or service accounts that need it.
#   controls:
#     nist-800-53: ["AC-14", "AC-6"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15"]
package plumb.rules.kubernetes.rbac.anonymous_binding

import data.plumb.lib.kubernetes as k8s
import rego.v1

everyone := {"system:anonymous", "system:unauthenticated", "system:authenticated"}

deny contains {"msg": msg, "path": ["subjects", s.index, "name"]} if {
	not k8s.rbac_default_object
	some s in k8s.binding_subjects
	s.subject.name in everyone
	msg := sprintf("%s grants %v %v to %s", [input.key, object.get(input.attributes.roleRef, "kind", "role"), object.get(input.attributes.roleRef, "name", "?"), s.subject.name])
}
