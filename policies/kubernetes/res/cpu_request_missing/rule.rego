# METADATA
# title: Container has no CPU request
# description: >-
#   Without a CPU request (and without a CPU limit, from which the request defaults) the pod
#   gets the smallest CPU share under contention and the scheduler cannot place it by its
#   needs: it slows down whenever its node is busy. A LimitRange in the namespace can supply a
#   default. Regular and init containers are checked.
# custom:
#   id: PLB-K8S-RES-004
#   severity: low
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Set resources.requests.cpu to the container's typical CPU use (for example 250m).
#   controls:
#     nist-800-53: ["SC-6"]
#     soc2: ["A1.1"]
#     iso-27001: ["A.8.6"]
package plumb.rules.kubernetes.res.cpu_request_missing

import data.plumb.lib.kubernetes as k8s
import rego.v1

declared(c) if c.resources.requests.cpu != null

# Kubernetes defaults the request to the limit.
declared(c) if c.resources.limits.cpu != null

deny contains {"msg": msg, "path": array.concat(e.path, ["resources", "requests", "cpu"])} if {
	some e in k8s.app_containers
	not declared(e.container)
	msg := sprintf("%s: %s sets no CPU request (nor a limit it would default to)", [input.key, k8s.container_label(e)])
}
