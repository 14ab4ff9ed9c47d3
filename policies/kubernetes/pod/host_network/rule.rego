# METADATA
# title: Pod shares the node's network namespace
# description: >-
#   With hostNetwork: true the pod's containers use the node's network stack: they can bind
#   any port of the node, reach services listening only on the node's loopback interface (the
#   kubelet's read-only port, local databases, cloud metadata proxies) and observe the traffic
#   of other pods on the node. NetworkPolicies do not apply to host-network pods.
# custom:
#   id: PLB-K8S-POD-001
#   severity: high
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Remove hostNetwork (it defaults to false) and expose the pod through a Service. Only
#     node-level networking agents (CNI plugins, kube-proxy) need the host network.
#   controls:
#     pss: ["baseline:host-namespaces"]
#     cis-k8s: ["5.2.5"]
#     nist-800-53: ["SC-39", "AC-6"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.22"]
#   fix:
#     set: {value: false}
package plumb.rules.kubernetes.pod.host_network

import rego.v1

deny contains {"msg": msg, "path": ["pod", "spec", "hostNetwork"]} if {
	input.attributes.pod.spec.hostNetwork == true
	msg := sprintf("%s runs its pods in the node's network namespace (hostNetwork: true)", [input.key])
}
