# METADATA
# title: Role can change admission webhook configurations
# description: >-
#   Mutating and validating webhook configurations decide which service sees, and may rewrite,
#   every object written to the cluster. Whoever can change them can switch off admission
#   policy or send every Secret and pod spec to a service of their choosing. Roles Kubernetes
#   itself manages are not reported.
#   A "*" in resources is reported by PLB-K8S-RBAC-002 instead.
# custom:
#   id: PLB-K8S-RBAC-012
#   severity: medium
#   types: [Role, ClusterRole]
#   remediation: >-
#     Keep write access to mutatingwebhookconfigurations and validatingwebhookconfigurations
#     to cluster administrators; controllers that manage their own webhook should be limited
#     with resourceNames.
#   controls:
#     cis-k8s: ["5.1.12"]
#     nist-800-53: ["AC-6", "CM-5"]
#     soc2: ["CC6.3", "CC8.1"]
#     iso-27001: ["A.8.2"]
package plumb.rules.kubernetes.rbac.webhook_configuration

import data.plumb.lib.kubernetes as k8s
import rego.v1

scoped(r) if count(r.resourceNames) > 0

write_verbs := {"create", "update", "patch", "delete", "deletecollection"}

deny contains {"msg": msg, "path": ["rules", pr.index, "resources", j]} if {
	not k8s.rbac_default_object
	some pr in k8s.policy_rules
	not scoped(pr.rule)
	k8s.grants_any_verb(pr.rule, write_verbs)
	some j in k8s.resource_indexes(pr.rule, "admissionregistration.k8s.io", {"mutatingwebhookconfigurations", "validatingwebhookconfigurations"})
	msg := sprintf("%s rule %d can change admission webhook configurations", [input.key, pr.index])
}
