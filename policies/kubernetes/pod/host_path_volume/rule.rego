# METADATA
# title: Pod mounts a hostPath volume
# description: >-
#   A hostPath volume mounts a file or directory of the node into the pod. Depending on the
#   path it exposes the node's credentials (kubelet keys, other pods' service account tokens
#   under /var/lib/kubelet), its container runtime, or lets the pod write files that the node
#   later executes; it also ties the pod to the data of one node.
# custom:
#   id: PLB-K8S-POD-006
#   severity: high
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Use an emptyDir for scratch space, a PersistentVolumeClaim for data, or a ConfigMap or
#     Secret for configuration. Node agents that must read host files should mount the
#     narrowest path, read-only.
#   controls:
#     pss: ["baseline:hostpath-volumes"]
#     cis-k8s: ["5.2.12"]
#     nist-800-53: ["AC-6", "SC-39"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2"]
package plumb.rules.kubernetes.pod.host_path_volume

import rego.v1

deny contains {"msg": msg, "path": ["pod", "spec", "volumes", i, "hostPath"]} if {
	some i, v in input.attributes.pod.spec.volumes
	is_object(v.hostPath)
	msg := sprintf("%s mounts the node path %v as volume %v", [input.key, object.get(v.hostPath, "path", "?"), object.get(v, "name", i)])
}
