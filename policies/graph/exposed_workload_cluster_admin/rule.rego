# METADATA
# title: Workload exposed outside the cluster runs as an administrator
# description: >-
#   A LoadBalancer or NodePort Service, or an Ingress through its Service, sends traffic from
#   outside the cluster to pods whose service account is bound to cluster-admin (or to a role
#   that allows every verb on every resource). Anyone who exploits the application holds the
#   service account's token, and with it the whole cluster.
# custom:
#   id: PLB-GRAPH-002
#   severity: critical
#   scope: graph
#   types: [graph]
#   remediation: >-
#     Give the workload its own service account bound to a Role with only the verbs and
#     resources it uses, set automountServiceAccountToken: false if it needs no API access,
#     and keep cluster-admin for people, not pods.
#   controls:
#     cis-k8s: ["5.1.1", "5.1.5"]
#     nist-800-53: ["AC-6"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.graph.exposed_workload_cluster_admin

import rego.v1

# Services that take traffic from outside the cluster: exposed themselves, or an Ingress's
# backend.
exposed_service contains s if {
	some e in input.out.internet
	s := e.to
	input.resources[s].type == "Service"
}

exposed_service contains s if {
	some e in input.out.internet
	input.resources[e.to].type == "Ingress"
	some b in input.out[e.to]
	b.kind == "backend"
	s := b.to
}

deny contains {"msg": msg, "resource": w, "path": ["pod", "spec", "serviceAccountName"]} if {
	some s in exposed_service
	some sel in input.out[s]
	sel.kind == "selects"
	w := sel.to
	some ra in input.out[w]
	ra.kind == "service account"
	some b in input.out[ra.to]
	b.kind == "bound"
	input.crown_jewels[b.to] == "administrator role"
	msg := sprintf("%s takes traffic from outside the cluster through %s and runs as %s, which %s binds to %s",
		[input.resources[w].key, input.resources[s].key, input.resources[ra.to].key, concat(", ", [input.resources[v].key | some v in b.via]), input.resources[b.to].key])
}
