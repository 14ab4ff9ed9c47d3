# METADATA
# title: Role can create PersistentVolumes
# description: >-
#   A PersistentVolume can be of type hostPath or point at any storage by address; whoever can
#   create one and claim it mounts that storage into a pod, the node's filesystem included,
#   without the pod spec showing a hostPath. Roles Kubernetes itself manages are not reported.
#   A "*" in resources is reported by PLB-K8S-RBAC-002 instead.
# custom:
#   id: PLB-K8S-RBAC-013
#   severity: medium
#   types: [Role, ClusterRole]
#   remediation: >-
#     Let storage classes provision volumes dynamically, and keep create on persistentvolumes
#     to storage administrators and provisioners.
#   controls:
#     cis-k8s: ["5.1.9"]
#     nist-800-53: ["AC-6"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.kubernetes.rbac.persistent_volume_create

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": ["rules", pr.index, "resources", j]} if {
	not k8s.rbac_default_object
	some pr in k8s.policy_rules
	k8s.grants_any_verb(pr.rule, {"create"})
	some j in k8s.resource_indexes(pr.rule, "", {"persistentvolumes"})
	msg := sprintf("%s rule %d can create PersistentVolumes", [input.key, pr.index])
}
