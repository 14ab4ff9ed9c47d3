# METADATA
# title: Pod shares the node's process ID namespace
# description: >-
#   With hostPID: true the pod's containers see every process on the node. A container running
#   as root can then read other processes' environment and memory through /proc (including
#   other pods' secrets), signal or trace them, and enter their namespaces with nsenter.
# custom:
#   id: PLB-K8S-POD-002
#   severity: high
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Remove hostPID (it defaults to false). To share processes between the containers of one
#     pod, use shareProcessNamespace instead.
#   controls:
#     pss: ["baseline:host-namespaces"]
#     cis-k8s: ["5.2.3"]
#     nist-800-53: ["SC-39", "AC-6"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2"]
#   fix:
#     set: {value: false}
package plumb.rules.kubernetes.pod.host_pid

import rego.v1

deny contains {"msg": msg, "path": ["pod", "spec", "hostPID"]} if {
	input.attributes.pod.spec.hostPID == true
	msg := sprintf("%s runs its pods in the node's process ID namespace (hostPID: true)", [input.key])
}
