# METADATA
# title: Container mounts /proc unmasked
# description: >-
#   By default the runtime masks and makes read-only the parts of /proc that expose the node
#   (kcore, sysrq-trigger, timer lists, kernel parameters). procMount: Unmasked removes those
#   masks; it is meant only for nested container runtimes in user-namespaced pods.
# custom:
#   id: PLB-K8S-POD-011
#   severity: medium
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: Remove securityContext.procMount or set it to Default.
#   controls:
#     pss: ["baseline:proc-mount"]
#     nist-800-53: ["CM-7", "SC-39"]
#     iso-27001: ["A.8.9"]
#   fix:
#     set: {value: Default}
package plumb.rules.kubernetes.pod.proc_mount_unmasked

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": array.concat(e.path, ["securityContext", "procMount"])} if {
	some e in k8s.containers
	mount := k8s.security_context(e.container).procMount
	is_string(mount)
	mount != "Default"
	msg := sprintf("%s: %s mounts /proc with procMount %s", [input.key, k8s.container_label(e), mount])
}
