# METADATA
# title: Container adds a capability other than NET_BIND_SERVICE
# description: >-
#   The restricted Pod Security Standard lets a container add back only NET_BIND_SERVICE
#   (to bind ports below 1024) after dropping ALL. Any other added capability, even one the
#   baseline standard tolerates such as CHOWN or SETUID, widens what a compromised process can
#   do. Windows pods are exempt.
# custom:
#   id: PLB-K8S-POD-019
#   severity: medium
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Remove the capability from securityContext.capabilities.add; fix file ownership at
#     image build time instead of with CHOWN or DAC_OVERRIDE at run time.
#   controls:
#     pss: ["restricted:capabilities"]
#     cis-k8s: ["5.2.9"]
#     nist-800-53: ["AC-6", "CM-7"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2"]
package plumb.rules.kubernetes.pod.capabilities_added_restricted

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": array.concat(e.path, ["securityContext", "capabilities", "add", j])} if {
	not k8s.windows_pod
	some e in k8s.containers
	some j, cap in k8s.security_context(e.container).capabilities.add
	is_string(cap)
	cap != "NET_BIND_SERVICE"
	msg := sprintf("%s: %s adds the capability %s", [input.key, k8s.container_label(e), cap])
}
