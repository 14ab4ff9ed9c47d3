# METADATA
# title: Container adds a Linux capability beyond the baseline set
# description: >-
#   Container runtimes grant a small default set of capabilities. Adding others, such as
#   SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE or NET_RAW, gives the container powers that
#   reach past its own sandbox: mounting filesystems, reconfiguring the node's network,
#   tracing other processes, loading kernel modules. The baseline Pod Security Standard allows
#   adding only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD,
#   NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT.
# custom:
#   id: PLB-K8S-POD-005
#   severity: high
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Remove the capability from securityContext.capabilities.add. If the workload truly needs
#     it, run it in a namespace with a privileged or a dedicated admission policy, and document
#     why.
#   controls:
#     pss: ["baseline:capabilities"]
#     cis-k8s: ["5.2.9"]
#     nist-800-53: ["AC-6", "CM-7"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2"]
package plumb.rules.kubernetes.pod.capabilities_beyond_baseline

import data.plumb.lib.kubernetes as k8s
import rego.v1

baseline := {
	"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
	"NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}

deny contains {"msg": msg, "path": array.concat(e.path, ["securityContext", "capabilities", "add", j])} if {
	some e in k8s.containers
	some j, cap in k8s.security_context(e.container).capabilities.add
	is_string(cap)
	not cap in baseline
	msg := sprintf("%s: %s adds the capability %s, outside the baseline set", [input.key, k8s.container_label(e), cap])
}
