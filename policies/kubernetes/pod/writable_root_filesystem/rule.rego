# METADATA
# title: Container's root filesystem is writable
# description: >-
#   With a writable root filesystem, an attacker who gets code execution in the container can
#   drop tools, replace binaries and libraries, or plant files that survive until the
#   container restarts. A read-only root filesystem, with emptyDir volumes for the paths the
#   application writes, blocks that and makes unexpected writes fail loudly.
# custom:
#   id: PLB-K8S-POD-021
#   severity: low
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Set securityContext.readOnlyRootFilesystem: true on the container and mount an emptyDir
#     at each directory it writes to (for example /tmp).
#   controls:
#     nist-800-53: ["CM-7", "SI-7"]
#     iso-27001: ["A.8.9"]
#   fix:
#     set: {value: true}
package plumb.rules.kubernetes.pod.writable_root_filesystem

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": array.concat(e.path, ["securityContext", "readOnlyRootFilesystem"])} if {
	some e in k8s.app_containers
	not k8s.security_context(e.container).readOnlyRootFilesystem == true
	msg := sprintf("%s: %s does not set readOnlyRootFilesystem: true", [input.key, k8s.container_label(e)])
}
