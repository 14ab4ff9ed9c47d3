# METADATA
# title: Test container runs privileged
# description: A container of any workload kind with securityContext.privileged set.
# custom:
#   id: TEST-K8S-001
#   severity: high
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: Remove securityContext.privileged.
package test.rules.k8s_privileged

import rego.v1

deny contains {"msg": msg, "path": ["pod", "spec", "containers", i, "securityContext", "privileged"]} if {
	some i, c in input.attributes.pod.spec.containers
	c.securityContext.privileged == true
	msg := sprintf("%s: container %s runs privileged", [input.key, c.name])
}
