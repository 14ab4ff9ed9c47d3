# METADATA
# title: Pod or container sets a custom SELinux user, role or type
# description: >-
#   On SELinux nodes, containers run with the container_t type, which keeps them away from the
#   node's files and other containers' data. Setting seLinuxOptions.type to anything else (for
#   example spc_t, unconfined for containers), or setting a user or role, can lift that
#   separation. The baseline standard allows only the container_t, container_init_t,
#   container_kvm_t and container_engine_t types and no user or role.
# custom:
#   id: PLB-K8S-POD-010
#   severity: medium
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Remove seLinuxOptions.type, .user and .role; set only level (MCS categories) if the pod
#     must share files with a specific label.
#   controls:
#     pss: ["baseline:selinux"]
#     nist-800-53: ["AC-3", "SC-39"]
#     iso-27001: ["A.8.9"]
package plumb.rules.kubernetes.pod.selinux_options

import data.plumb.lib.kubernetes as k8s
import rego.v1

allowed_types := {"", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"}

# contexts is every seLinuxOptions object: the pod's and each container's.
contexts contains {"opts": opts, "path": ["pod", "spec", "securityContext", "seLinuxOptions"], "who": "the pod"} if {
	opts := k8s.pod_security_context.seLinuxOptions
	is_object(opts)
}

contexts contains {"opts": opts, "path": array.concat(e.path, ["securityContext", "seLinuxOptions"]), "who": k8s.container_label(e)} if {
	some e in k8s.containers
	opts := k8s.security_context(e.container).seLinuxOptions
	is_object(opts)
}

deny contains {"msg": msg, "path": array.concat(c.path, ["type"])} if {
	some c in contexts
	is_string(c.opts.type)
	not c.opts.type in allowed_types
	msg := sprintf("%s: %s runs with the SELinux type %s", [input.key, c.who, c.opts.type])
}

deny contains {"msg": msg, "path": array.concat(c.path, [field])} if {
	some c in contexts
	some field in ["user", "role"]
	is_string(c.opts[field])
	c.opts[field] != ""
	msg := sprintf("%s: %s sets the SELinux %s %s", [input.key, c.who, field, c.opts[field]])
}
