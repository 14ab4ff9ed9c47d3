# METADATA
# title: Container has no memory limit
# description: >-
#   A container without a memory limit can use all the memory of its node. A leak or a
#   crafted request then makes the kernel's out-of-memory killer pick victims among every pod
#   on the node, and the node itself may become unresponsive. A LimitRange in the namespace
#   can supply a default; this rule reads only the manifest. Regular and init containers are
#   checked.
# custom:
#   id: PLB-K8S-RES-001
#   severity: medium
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Set resources.limits.memory on every container, close to its observed peak use (and
#     resources.requests.memory at or below it).
#   controls:
#     nist-800-53: ["SC-6", "SC-5"]
#     soc2: ["A1.1"]
#     iso-27001: ["A.8.6"]
package plumb.rules.kubernetes.res.memory_limit_missing

import data.plumb.lib.kubernetes as k8s
import rego.v1

declared(c) if c.resources.limits.memory != null

deny contains {"msg": msg, "path": array.concat(e.path, ["resources", "limits", "memory"])} if {
	some e in k8s.app_containers
	not declared(e.container)
	msg := sprintf("%s: %s sets no memory limit", [input.key, k8s.container_label(e)])
}
