# METADATA
# title: Container has no liveness probe
# description: >-
#   Without a liveness probe, a container that hangs (deadlock, exhausted connection pool)
#   keeps its place and keeps receiving traffic; the kubelet restarts it only if the process
#   exits. Jobs and CronJobs run to completion and are not checked.
# custom:
#   id: PLB-K8S-POD-023
#   severity: low
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController]
#   remediation: >-
#     Add a livenessProbe (httpGet, tcpSocket, grpc or exec) that fails only when the process
#     cannot recover by itself, with a failureThreshold generous enough not to kill it under
#     load.
#   controls:
#     nist-800-53: ["SI-4"]
#     soc2: ["A1.2"]
package plumb.rules.kubernetes.pod.liveness_probe_missing

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": array.concat(e.path, ["livenessProbe"])} if {
	some e in k8s.main_containers
	not has_probe(e.container)
	msg := sprintf("%s: %s has no liveness probe", [input.key, k8s.container_label(e)])
}

has_probe(c) if is_object(c.livenessProbe)
