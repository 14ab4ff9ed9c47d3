# METADATA
# title: cluster-admin bound to a user, group or service account
# description: >-
#   cluster-admin can do anything to any object. Bound with a ClusterRoleBinding it is
#   full control of the cluster; bound with a RoleBinding it is full control of the
#   namespace, Secrets and RBAC included. Subjects whose names start with "system:" (the
#   built-in system:masters group, control-plane components) are not reported.
# custom:
#   id: PLB-K8S-RBAC-007
#   severity: high
#   types: [ClusterRoleBinding, RoleBinding]
#   remediation: >-
#     Bind a role with the permissions the subject needs (admin, edit, or a custom role) in
#     the namespaces it works in; keep cluster-admin to break-glass access.
#   controls:
#     cis-k8s: ["5.1.1"]
#     nist-800-53: ["AC-6", "AC-2"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.kubernetes.rbac.cluster_admin_binding

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": ["subjects", s.index]} if {
	input.attributes.roleRef.kind == "ClusterRole"
	input.attributes.roleRef.name == "cluster-admin"
	some s in k8s.binding_subjects
	name := s.subject.name
	is_string(name)
	not startswith(name, "system:")
	msg := sprintf("%s grants cluster-admin to %v %s", [input.key, object.get(s.subject, "kind", "subject"), name])
}
