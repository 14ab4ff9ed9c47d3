# METADATA
# title: Container does not drop all Linux capabilities
# description: >-
#   Container runtimes grant a default set of capabilities (such as NET_RAW, which allows
#   spoofed packets and ARP tricks on the pod network, CHOWN, DAC_OVERRIDE, SETUID). Few
#   applications need any of them. The restricted Pod Security Standard requires every
#   container to drop ALL and add back only NET_BIND_SERVICE. Windows pods are exempt.
# custom:
#   id: PLB-K8S-POD-018
#   severity: medium
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Set securityContext.capabilities.drop: ["ALL"] on every container, and add back
#     NET_BIND_SERVICE only if it binds a port below 1024.
#   controls:
#     pss: ["restricted:capabilities"]
#     cis-k8s: ["5.2.10"]
#     nist-800-53: ["AC-6", "CM-7"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2"]
package plumb.rules.kubernetes.pod.capabilities_not_dropped

import data.plumb.lib.kubernetes as k8s
import rego.v1

drops_all(c) if {
	some cap in k8s.security_context(c).capabilities.drop
	cap == "ALL"
}

deny contains {"msg": msg, "path": array.concat(e.path, ["securityContext", "capabilities", "drop"])} if {
	not k8s.windows_pod
	some e in k8s.containers
	not drops_all(e.container)
	msg := sprintf("%s: %s does not drop ALL capabilities", [input.key, k8s.container_label(e)])
}
