# METADATA
# title: Role can create pods or workloads
# description: >-
#   Whoever can create a pod, directly or through a Deployment, StatefulSet, DaemonSet,
#   ReplicaSet, ReplicationController, Job or CronJob, can run it as any service account of
#   the namespace and mount any Secret of it: creating pods is reading every Secret and
#   borrowing every account there, and, where admission allows, privileged access to a node.
#   Roles Kubernetes itself manages are not reported.
#   A "*" in resources is reported by PLB-K8S-RBAC-002 instead.
# custom:
#   id: PLB-K8S-RBAC-009
#   severity: medium
#   types: [Role, ClusterRole]
#   remediation: >-
#     Grant create on pods and workloads only to deployment pipelines and controllers, in the
#     namespaces they deploy to, and enforce Pod Security admission there.
#   controls:
#     cis-k8s: ["5.1.4"]
#     nist-800-53: ["AC-6"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.kubernetes.rbac.create_workloads

import data.plumb.lib.kubernetes as k8s
import rego.v1

workloads := {
	"": {"pods", "replicationcontrollers"},
	"apps": {"deployments", "statefulsets", "daemonsets", "replicasets"},
	"batch": {"jobs", "cronjobs"},
}

deny contains {"msg": msg, "path": ["rules", pr.index, "resources", j]} if {
	not k8s.rbac_default_object
	some pr in k8s.policy_rules
	k8s.grants_any_verb(pr.rule, {"create"})
	some group, names in workloads
	some j in k8s.resource_indexes(pr.rule, group, names)
	msg := sprintf("%s rule %d can create %s", [input.key, pr.index, pr.rule.resources[j]])
}
