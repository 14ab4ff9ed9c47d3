# METADATA
# title: Role can use the nodes/proxy subresource
# description: >-
#   nodes/proxy forwards requests to the kubelet API of any node. The kubelet's API can run
#   commands in every container of the node and read their logs, and calls through the proxy
#   are not checked against pod-level RBAC nor recorded in detail in the API server's audit
#   log. Roles Kubernetes itself manages are not reported.
#   A "*" in resources is reported by PLB-K8S-RBAC-002 instead.
# custom:
#   id: PLB-K8S-RBAC-010
#   severity: high
#   types: [Role, ClusterRole]
#   remediation: >-
#     Remove nodes/proxy. Monitoring agents can read metrics from nodes/metrics and
#     nodes/stats instead.
#   controls:
#     cis-k8s: ["5.1.10"]
#     nist-800-53: ["AC-6"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.kubernetes.rbac.node_proxy

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": ["rules", pr.index, "resources", j]} if {
	not k8s.rbac_default_object
	some pr in k8s.policy_rules
	count(pr.rule.verbs) > 0
	some j in k8s.resource_indexes(pr.rule, "", {"nodes/proxy"})
	msg := sprintf("%s rule %d grants access to nodes/proxy", [input.key, pr.index])
}
