# METADATA
# title: Container has no memory request
# description: >-
#   Without a memory request (and without a memory limit, from which the request defaults)
#   the scheduler places the pod as if it needed no memory, over-committing nodes, and the pod
#   is among the first evicted under memory pressure. A LimitRange in the namespace can
#   supply a default. Regular and init containers are checked.
# custom:
#   id: PLB-K8S-RES-003
#   severity: low
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Set resources.requests.memory to the container's typical working set.
#   controls:
#     nist-800-53: ["SC-6"]
#     soc2: ["A1.1"]
#     iso-27001: ["A.8.6"]
package plumb.rules.kubernetes.res.memory_request_missing

import data.plumb.lib.kubernetes as k8s
import rego.v1

declared(c) if c.resources.requests.memory != null

# Kubernetes defaults the request to the limit.
declared(c) if c.resources.limits.memory != null

deny contains {"msg": msg, "path": array.concat(e.path, ["resources", "requests", "memory"])} if {
	some e in k8s.app_containers
	not declared(e.container)
	msg := sprintf("%s: %s sets no memory request (nor a limit it would default to)", [input.key, k8s.container_label(e)])
}
