# METADATA
# title: Container runs privileged
# description: >-
#   A privileged container gets every Linux capability, every device of the node and no
#   seccomp, AppArmor or SELinux confinement: root in it is root on the node, and it can mount
#   the host's disks or load kernel modules. Regular, init and ephemeral containers are checked.
# custom:
#   id: PLB-K8S-POD-004
#   severity: critical
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Remove securityContext.privileged (it defaults to false). If the container needs one
#     kernel feature, add only that capability, or move the work into a node-level agent that
#     is reviewed as such.
#   controls:
#     pss: ["baseline:privileged-containers"]
#     cis-k8s: ["5.2.2"]
#     nist-800-53: ["AC-6", "SC-39"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2"]
#   fix:
#     set: {value: false}
package plumb.rules.kubernetes.pod.privileged

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": array.concat(e.path, ["securityContext", "privileged"])} if {
	some e in k8s.containers
	k8s.security_context(e.container).privileged == true
	msg := sprintf("%s: %s runs privileged", [input.key, k8s.container_label(e)])
}
