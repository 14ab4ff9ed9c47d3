# METADATA
# title: Container binds a port of the node (hostPort)
# description: >-
#   A hostPort publishes the container port on the node's own address, bypassing Services and
#   usually NetworkPolicies, and exposing the pod on whatever network the node sits in. It
#   also limits scheduling to one such pod per node and port.
# custom:
#   id: PLB-K8S-POD-007
#   severity: medium
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Remove hostPort and expose the container through a Service (ClusterIP, or a
#     LoadBalancer or Ingress for outside traffic).
#   controls:
#     pss: ["baseline:host-ports"]
#     cis-k8s: ["5.2.13"]
#     nist-800-53: ["SC-7", "CM-7"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.kubernetes.pod.host_port

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": array.concat(e.path, ["ports", j, "hostPort"])} if {
	some e in k8s.containers
	some j, port in e.container.ports
	is_number(port.hostPort)
	port.hostPort != 0
	msg := sprintf("%s: %s binds port %v of the node", [input.key, k8s.container_label(e), port.hostPort])
}
