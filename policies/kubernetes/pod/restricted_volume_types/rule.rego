# METADATA
# title: Pod uses a volume type outside the restricted set
# description: >-
#   The restricted Pod Security Standard allows only volume types that cannot reach the node
#   or storage outside the cluster's control: configMap, csi, downwardAPI, emptyDir,
#   ephemeral, persistentVolumeClaim, projected and secret. Others (hostPath, nfs, iscsi,
#   cephfs, the deprecated in-tree cloud disks, gitRepo, ...) either touch the node or mount
#   storage by address from inside the pod spec, where no PersistentVolume policy reviews it.
# custom:
#   id: PLB-K8S-POD-020
#   severity: medium
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Mount storage through a PersistentVolumeClaim (backed by a PersistentVolume or a CSI
#     storage class), and use emptyDir, configMap, secret or projected volumes for the rest.
#   controls:
#     pss: ["restricted:volume-types"]
#     nist-800-53: ["CM-7", "AC-6"]
#     iso-27001: ["A.8.9"]
package plumb.rules.kubernetes.pod.restricted_volume_types

import rego.v1

allowed := {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"}

deny contains {"msg": msg, "path": ["pod", "spec", "volumes", i, kind]} if {
	some i, volume in input.attributes.pod.spec.volumes
	is_object(volume)
	some kind, source in volume
	kind != "name"
	source != null
	not kind in allowed
	msg := sprintf("%s: volume %v is of type %s, outside the restricted set", [input.key, object.get(volume, "name", i), kind])
}
