# METADATA
# title: NetworkPolicy allows ingress from anywhere on every port
# description: >-
#   An ingress rule with no "from" and no "ports" (for example "ingress: [{}]") admits every
#   source, inside and outside the cluster, on every port of the selected pods: the policy
#   isolates nothing, and it overrides the isolation other policies give the same pods. Plumb
#   judges each NetworkPolicy alone; whether a namespace has any policy at all needs the whole
#   resource graph and is not checked here.
# custom:
#   id: PLB-K8S-NET-005
#   severity: medium
#   types: [NetworkPolicy]
#   remediation: >-
#     Name the sources (podSelector, namespaceSelector, ipBlock) and the ports the pods
#     serve; start from a default-deny policy per namespace.
#   controls:
#     cis-k8s: ["5.3.2"]
#     nist-800-53: ["SC-7", "AC-4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.22"]
package plumb.rules.kubernetes.net.network_policy_allow_all_ingress

import rego.v1

spec := input.attributes.spec

applies_to_ingress if not spec.policyTypes

applies_to_ingress if "Ingress" in spec.policyTypes

# An absent or empty "from"/"to"/"ports" list restricts nothing.
unrestricted(null)

unrestricted(list) if {
	is_array(list)
	count(list) == 0
}

deny contains {"msg": msg, "path": ["spec", "ingress", i]} if {
	applies_to_ingress
	some i, rule in spec.ingress
	is_object(rule)
	unrestricted(object.get(rule, "from", null))
	unrestricted(object.get(rule, "ports", null))
	msg := sprintf("%s ingress rule %d admits every source on every port", [input.key, i])
}
