# METADATA
# title: Containers may run as root (runAsNonRoot is not true)
# description: >-
#   Many images still run as root by default. Unless runAsNonRoot is true for every container,
#   in the pod's or the container's securityContext, the kubelet starts such images as root,
#   and a process that breaks out of the container does so as root. With runAsNonRoot: true
#   the kubelet refuses to start a container whose user is 0.
# custom:
#   id: PLB-K8S-POD-015
#   severity: medium
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Set securityContext.runAsNonRoot: true at the pod level (and remove any container-level
#     false), and build the image with a numeric non-root USER or set runAsUser.
#   controls:
#     pss: ["restricted:running-as-non-root"]
#     cis-k8s: ["5.2.7"]
#     nist-800-53: ["AC-6"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2"]
#   fix:
#     set: {value: true}
package plumb.rules.kubernetes.pod.run_as_non_root_not_set

import data.plumb.lib.kubernetes as k8s
import rego.v1

pod_path := ["pod", "spec", "securityContext", "runAsNonRoot"]

pod_sets if k8s.pod_security_context.runAsNonRoot != null

container_sets(e) if k8s.security_context(e.container).runAsNonRoot != null

some_container_sets if {
	some e in k8s.containers
	container_sets(e)
}

# A container that says false itself.
deny contains {"msg": msg, "path": array.concat(e.path, ["securityContext", "runAsNonRoot"])} if {
	some e in k8s.containers
	container_sets(e)
	not k8s.security_context(e.container).runAsNonRoot == true
	msg := sprintf("%s: %s sets runAsNonRoot to false", [input.key, k8s.container_label(e)])
}

# The pod says false and a container does not override it.
deny contains {"msg": msg, "path": pod_path} if {
	pod_sets
	not k8s.pod_security_context.runAsNonRoot == true
	some e in k8s.containers
	not container_sets(e)
	msg := sprintf("%s sets runAsNonRoot to false for its pods", [input.key])
}

# Nobody says anything: the fix is one pod-level setting.
deny contains {"msg": msg, "path": pod_path} if {
	not pod_sets
	not some_container_sets
	count(k8s.containers) > 0
	msg := sprintf("%s does not set runAsNonRoot: true, so its containers may run as root", [input.key])
}

# Some containers set it, others are left to a pod level that says nothing.
deny contains {"msg": msg, "path": array.concat(e.path, ["securityContext", "runAsNonRoot"])} if {
	not pod_sets
	some_container_sets
	some e in k8s.containers
	not container_sets(e)
	msg := sprintf("%s: %s does not set runAsNonRoot: true and the pod does not either", [input.key, k8s.container_label(e)])
}
