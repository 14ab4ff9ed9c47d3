# METADATA
# title: Pod sets a sysctl outside the safe set
# description: >-
#   Most kernel parameters are not namespaced per pod, or are namespaced but let one pod
#   starve the node (memory, connection tracking). Kubernetes considers only a short list of
#   sysctls safe: kernel.shm_rmid_forced, net.ipv4.ip_local_port_range,
#   net.ipv4.ip_unprivileged_port_start, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range,
#   net.ipv4.ip_local_reserved_ports, net.ipv4.tcp_keepalive_time, net.ipv4.tcp_fin_timeout,
#   net.ipv4.tcp_keepalive_intvl and net.ipv4.tcp_keepalive_probes. Others can affect every
#   pod on the node.
# custom:
#   id: PLB-K8S-POD-012
#   severity: medium
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Remove the sysctl from securityContext.sysctls. Node-wide tuning belongs in the node's
#     configuration, not in a workload.
#   controls:
#     pss: ["baseline:sysctls"]
#     nist-800-53: ["CM-7", "SC-39"]
#     iso-27001: ["A.8.9"]
package plumb.rules.kubernetes.pod.unsafe_sysctls

import data.plumb.lib.kubernetes as k8s
import rego.v1

safe := {
	"kernel.shm_rmid_forced",
	"net.ipv4.ip_local_port_range",
	"net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.tcp_syncookies",
	"net.ipv4.ping_group_range",
	"net.ipv4.ip_local_reserved_ports",
	"net.ipv4.tcp_keepalive_time",
	"net.ipv4.tcp_fin_timeout",
	"net.ipv4.tcp_keepalive_intvl",
	"net.ipv4.tcp_keepalive_probes",
}

deny contains {"msg": msg, "path": ["pod", "spec", "securityContext", "sysctls", i, "name"]} if {
	some i, sysctl in k8s.pod_security_context.sysctls
	is_string(sysctl.name)
	not sysctl.name in safe
	msg := sprintf("%s sets the sysctl %s, which is not in the safe set", [input.key, sysctl.name])
}
