# METADATA
# title: Pod or container runs as user 0 (root)
# description: >-
#   runAsUser: 0 runs the container's processes as root whatever the image says. Root inside
#   a container shares its user ID with root on the node: any escape, writable host mount or
#   kernel flaw is then exploited with full privileges.
# custom:
#   id: PLB-K8S-POD-016
#   severity: medium
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Set runAsUser to a non-zero UID (for example 10001) that the image's files are readable
#     by, and runAsNonRoot: true.
#   controls:
#     pss: ["restricted:running-as-non-root-user"]
#     cis-k8s: ["5.2.7"]
#     nist-800-53: ["AC-6"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2"]
package plumb.rules.kubernetes.pod.run_as_root_user

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": ["pod", "spec", "securityContext", "runAsUser"]} if {
	k8s.pod_security_context.runAsUser == 0
	msg := sprintf("%s runs its pods as user 0 (root)", [input.key])
}

deny contains {"msg": msg, "path": array.concat(e.path, ["securityContext", "runAsUser"])} if {
	some e in k8s.containers
	k8s.security_context(e.container).runAsUser == 0
	msg := sprintf("%s: %s runs as user 0 (root)", [input.key, k8s.container_label(e)])
}
