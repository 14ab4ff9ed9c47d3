# METADATA
# title: Container does not forbid privilege escalation
# description: >-
#   Unless allowPrivilegeEscalation is false, a process in the container can gain more
#   privileges than its parent, through setuid or setgid binaries or file capabilities: a
#   compromised non-root process becomes root inside the container. The field defaults to
#   true, so it must be set explicitly. Windows pods are exempt, as in the restricted Pod
#   Security Standard.
# custom:
#   id: PLB-K8S-POD-014
#   severity: medium
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: Set securityContext.allowPrivilegeEscalation to false on every container.
#   controls:
#     pss: ["restricted:privilege-escalation"]
#     cis-k8s: ["5.2.6"]
#     nist-800-53: ["AC-6"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2"]
#   fix:
#     set: {value: false}
package plumb.rules.kubernetes.pod.privilege_escalation_allowed

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": array.concat(e.path, ["securityContext", "allowPrivilegeEscalation"])} if {
	not k8s.windows_pod
	some e in k8s.containers
	not k8s.security_context(e.container).allowPrivilegeEscalation == false
	msg := sprintf("%s: %s does not set allowPrivilegeEscalation: false", [input.key, k8s.container_label(e)])
}
