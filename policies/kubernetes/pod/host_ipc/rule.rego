# METADATA
# title: Pod shares the node's IPC namespace
# description: >-
#   With hostIPC: true the pod's containers share System V IPC objects and POSIX message
#   queues with every process on the node, so they can read or tamper with shared memory
#   segments that host processes and other host-IPC pods use.
# custom:
#   id: PLB-K8S-POD-003
#   severity: high
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Remove hostIPC (it defaults to false). Containers of the same pod already share an IPC
#     namespace; use a shared emptyDir volume with medium Memory for shared memory.
#   controls:
#     pss: ["baseline:host-namespaces"]
#     cis-k8s: ["5.2.4"]
#     nist-800-53: ["SC-39", "AC-6"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2"]
#   fix:
#     set: {value: false}
package plumb.rules.kubernetes.pod.host_ipc

import rego.v1

deny contains {"msg": msg, "path": ["pod", "spec", "hostIPC"]} if {
	input.attributes.pod.spec.hostIPC == true
	msg := sprintf("%s runs its pods in the node's IPC namespace (hostIPC: true)", [input.key])
}
