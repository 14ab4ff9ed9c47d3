# METADATA
# title: Container has no CPU limit
# description: >-
#   A container without a CPU limit can take every idle CPU of its node. Its requests still
#   guarantee other pods their share, so the risk is lower than with memory, but a runaway or
#   abused container (for example a cryptominer) degrades latency for neighbours that
#   request little. A LimitRange in the namespace can supply a default. Regular and init
#   containers are checked.
# custom:
#   id: PLB-K8S-RES-002
#   severity: low
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Set resources.limits.cpu on the container, or rely on a namespace LimitRange and
#     ResourceQuota that enforce one.
#   controls:
#     nist-800-53: ["SC-6"]
#     soc2: ["A1.1"]
#     iso-27001: ["A.8.6"]
package plumb.rules.kubernetes.res.cpu_limit_missing

import data.plumb.lib.kubernetes as k8s
import rego.v1

declared(c) if c.resources.limits.cpu != null

deny contains {"msg": msg, "path": array.concat(e.path, ["resources", "limits", "cpu"])} if {
	some e in k8s.app_containers
	not declared(e.container)
	msg := sprintf("%s: %s sets no CPU limit", [input.key, k8s.container_label(e)])
}
