# METADATA
# title: Container has no readiness probe
# description: >-
#   Without a readiness probe, a pod receives Service traffic as soon as its containers start,
#   before the application can answer, and keeps receiving it when it can no longer serve;
#   rolling updates then drop requests. Jobs and CronJobs run to completion and are not
#   checked.
# custom:
#   id: PLB-K8S-POD-024
#   severity: low
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController]
#   remediation: >-
#     Add a readinessProbe that checks the application can serve requests (for example an
#     HTTP endpoint that verifies its dependencies are reachable).
#   controls:
#     nist-800-53: ["SI-4"]
#     soc2: ["A1.2"]
package plumb.rules.kubernetes.pod.readiness_probe_missing

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": array.concat(e.path, ["readinessProbe"])} if {
	some e in k8s.main_containers
	not has_probe(e.container)
	msg := sprintf("%s: %s has no readiness probe", [input.key, k8s.container_label(e)])
}

has_probe(c) if is_object(c.readinessProbe)
