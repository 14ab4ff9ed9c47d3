# METADATA
# title: NetworkPolicy allows egress anywhere on every port
# description: >-
#   An egress rule with no "to" and no "ports" (for example "egress: [{}]") lets the selected
#   pods connect to any address on any port: a compromised pod can reach the cloud metadata
#   service, internal systems and the internet to exfiltrate data. Plumb judges each
#   NetworkPolicy alone.
# custom:
#   id: PLB-K8S-NET-006
#   severity: low
#   types: [NetworkPolicy]
#   remediation: >-
#     List the destinations the pods need (their dependencies, DNS on port 53 of kube-dns)
#     and the ports, and deny the rest.
#   controls:
#     nist-800-53: ["SC-7", "AC-4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.22"]
package plumb.rules.kubernetes.net.network_policy_allow_all_egress

import rego.v1

spec := input.attributes.spec

# Without policyTypes, a policy with egress rules applies to egress.
applies_to_egress if not spec.policyTypes

applies_to_egress if "Egress" in spec.policyTypes

# An absent or empty "from"/"to"/"ports" list restricts nothing.
unrestricted(null)

unrestricted(list) if {
	is_array(list)
	count(list) == 0
}

deny contains {"msg": msg, "path": ["spec", "egress", i]} if {
	applies_to_egress
	some i, rule in spec.egress
	is_object(rule)
	unrestricted(object.get(rule, "to", null))
	unrestricted(object.get(rule, "ports", null))
	msg := sprintf("%s egress rule %d allows connections to any address on any port", [input.key, i])
}
