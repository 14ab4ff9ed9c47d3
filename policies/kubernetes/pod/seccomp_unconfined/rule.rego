# METADATA
# title: Pod or container disables seccomp (Unconfined)
# description: >-
#   A seccomp profile limits the system calls a container can make; the runtime's default
#   profile blocks calls such as unshare, keyctl, bpf and mount that most container escapes
#   start with. A seccompProfile of type Unconfined, or the older seccomp annotations set to
#   "unconfined", switches that filter off.
# custom:
#   id: PLB-K8S-POD-009
#   severity: medium
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Set seccompProfile.type to RuntimeDefault (at the pod level to cover every container),
#     or Localhost with a profile written for the workload.
#   controls:
#     pss: ["baseline:seccomp"]
#     cis-k8s: ["5.7.2"]
#     nist-800-53: ["CM-7", "SC-39"]
#     iso-27001: ["A.8.9"]
package plumb.rules.kubernetes.pod.seccomp_unconfined

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": ["pod", "spec", "securityContext", "seccompProfile", "type"]} if {
	k8s.pod_security_context.seccompProfile.type == "Unconfined"
	msg := sprintf("%s sets the pod's seccomp profile to Unconfined", [input.key])
}

deny contains {"msg": msg, "path": array.concat(e.path, ["securityContext", "seccompProfile", "type"])} if {
	some e in k8s.containers
	k8s.security_context(e.container).seccompProfile.type == "Unconfined"
	msg := sprintf("%s: %s runs with the seccomp profile Unconfined", [input.key, k8s.container_label(e)])
}

deny contains {"msg": msg, "path": ["pod", "metadata", "annotations", name]} if {
	some name, value in k8s.pod_annotations
	legacy_annotation(name)
	value == "unconfined"
	msg := sprintf("%s: annotation %s turns seccomp off", [input.key, name])
}

legacy_annotation("seccomp.security.alpha.kubernetes.io/pod")

legacy_annotation(name) if startswith(name, "container.seccomp.security.alpha.kubernetes.io/")
