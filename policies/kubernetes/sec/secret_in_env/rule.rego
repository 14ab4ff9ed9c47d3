# METADATA
# title: Secret exposed to a container as environment variables
# description: >-
#   Secrets passed as environment variables (valueFrom.secretKeyRef, envFrom.secretRef) are
#   visible to every process in the container and its children, are commonly written out by
#   crash reporters, debug endpoints and "print the config" logs, and do not change when the
#   Secret is rotated. Secrets mounted as files avoid most of that. This is informational:
#   many applications only read configuration from the environment.
# custom:
#   id: PLB-K8S-SEC-002
#   severity: info
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Mount the Secret as a volume (read-only, with a restrictive defaultMode) and have the
#     application read the file.
#   controls:
#     cis-k8s: ["5.4.1"]
#     nist-800-53: ["SC-28"]
#     iso-27001: ["A.5.17"]
package plumb.rules.kubernetes.sec.secret_in_env

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": array.concat(e.path, ["env", j, "valueFrom", "secretKeyRef"])} if {
	some e in k8s.containers
	some j, var in e.container.env
	ref := var.valueFrom.secretKeyRef
	is_object(ref)
	msg := sprintf("%s: %s reads key %v of Secret %v into %v", [input.key, k8s.container_label(e), object.get(ref, "key", "?"), object.get(ref, "name", "?"), object.get(var, "name", "?")])
}

deny contains {"msg": msg, "path": array.concat(e.path, ["envFrom", j, "secretRef"])} if {
	some e in k8s.containers
	some j, source in e.container.envFrom
	ref := source.secretRef
	is_object(ref)
	msg := sprintf("%s: %s loads every key of Secret %v into its environment", [input.key, k8s.container_label(e), object.get(ref, "name", "?")])
}
