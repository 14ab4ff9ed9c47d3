# METADATA
# title: Containers run without a seccomp profile
# description: >-
#   Unless a seccomp profile is set, Kubernetes runs containers Unconfined: every system call
#   of the kernel is reachable, including those most container escapes rely on. The
#   restricted Pod Security Standard requires RuntimeDefault or Localhost for every container,
#   set at the pod level or on each container. (An explicit Unconfined is reported by
#   PLB-K8S-POD-009.) Windows pods are exempt.
# custom:
#   id: PLB-K8S-POD-017
#   severity: low
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Set securityContext.seccompProfile.type: RuntimeDefault at the pod level (or Localhost
#     with a profile written for the workload).
#   controls:
#     pss: ["restricted:seccomp"]
#     cis-k8s: ["5.7.2"]
#     nist-800-53: ["CM-7", "SC-39"]
#     iso-27001: ["A.8.9"]
package plumb.rules.kubernetes.pod.seccomp_profile_not_set

import data.plumb.lib.kubernetes as k8s
import rego.v1

pod_path := ["pod", "spec", "securityContext", "seccompProfile", "type"]

pod_sets if k8s.pod_security_context.seccompProfile.type != null

container_sets(e) if k8s.security_context(e.container).seccompProfile.type != null

some_container_sets if {
	some e in k8s.containers
	container_sets(e)
}

deny contains {"msg": msg, "path": pod_path} if {
	not k8s.windows_pod
	not pod_sets
	not some_container_sets
	count(k8s.containers) > 0
	msg := sprintf("%s sets no seccomp profile, so its containers run Unconfined", [input.key])
}

deny contains {"msg": msg, "path": array.concat(e.path, ["securityContext", "seccompProfile", "type"])} if {
	not k8s.windows_pod
	not pod_sets
	some_container_sets
	some e in k8s.containers
	not container_sets(e)
	msg := sprintf("%s: %s has no seccomp profile, at its level or the pod's", [input.key, k8s.container_label(e)])
}
