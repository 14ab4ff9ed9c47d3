# METADATA
# title: Container runs without AppArmor confinement
# description: >-
#   On nodes with AppArmor, container runtimes apply a default profile that denies writes to
#   /proc and /sys, mounts and other operations containers do not need. Setting the profile to
#   Unconfined (the appArmorProfile field, or the older
#   container.apparmor.security.beta.kubernetes.io annotation set to "unconfined") removes
#   that layer.
# custom:
#   id: PLB-K8S-POD-008
#   severity: medium
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Remove the Unconfined setting to get the runtime's default profile, or set
#     appArmorProfile.type to RuntimeDefault, or Localhost with a profile written for the
#     workload.
#   controls:
#     pss: ["baseline:apparmor"]
#     nist-800-53: ["CM-7", "SC-39"]
#     iso-27001: ["A.8.9"]
package plumb.rules.kubernetes.pod.apparmor_unconfined

import data.plumb.lib.kubernetes as k8s
import rego.v1

annotation_prefix := "container.apparmor.security.beta.kubernetes.io/"

deny contains {"msg": msg, "path": ["pod", "spec", "securityContext", "appArmorProfile", "type"]} if {
	k8s.pod_security_context.appArmorProfile.type == "Unconfined"
	msg := sprintf("%s sets the pod's AppArmor profile to Unconfined", [input.key])
}

deny contains {"msg": msg, "path": array.concat(e.path, ["securityContext", "appArmorProfile", "type"])} if {
	some e in k8s.containers
	k8s.security_context(e.container).appArmorProfile.type == "Unconfined"
	msg := sprintf("%s: %s runs with the AppArmor profile Unconfined", [input.key, k8s.container_label(e)])
}

deny contains {"msg": msg, "path": ["pod", "metadata", "annotations", name]} if {
	some name, value in k8s.pod_annotations
	startswith(name, annotation_prefix)
	value == "unconfined"
	msg := sprintf("%s: annotation %s turns AppArmor off for container %q", [input.key, name, substring(name, count(annotation_prefix), -1)])
}
