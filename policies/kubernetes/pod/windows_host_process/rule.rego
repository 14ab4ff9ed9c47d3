# METADATA
# title: Windows pod runs as a HostProcess container
# description: >-
#   A Windows HostProcess container runs directly on the node, as a node user, with access to
#   the node's filesystem, network and processes: the Windows counterpart of a privileged
#   container with every host namespace.
# custom:
#   id: PLB-K8S-POD-013
#   severity: high
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Remove windowsOptions.hostProcess (at the pod and container levels). Keep HostProcess
#     containers to reviewed node agents in a namespace of their own.
#   controls:
#     pss: ["baseline:host-process"]
#     cis-k8s: ["5.2.11"]
#     nist-800-53: ["AC-6", "SC-39"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2"]
#   fix:
#     set: {value: false}
package plumb.rules.kubernetes.pod.windows_host_process

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": ["pod", "spec", "securityContext", "windowsOptions", "hostProcess"]} if {
	k8s.pod_security_context.windowsOptions.hostProcess == true
	msg := sprintf("%s runs its pods as Windows HostProcess containers", [input.key])
}

deny contains {"msg": msg, "path": array.concat(e.path, ["securityContext", "windowsOptions", "hostProcess"])} if {
	some e in k8s.containers
	k8s.security_context(e.container).windowsOptions.hostProcess == true
	msg := sprintf("%s: %s runs as a Windows HostProcess container", [input.key, k8s.container_label(e)])
}
