# METADATA
# title: Workload deployed to kube-system
# description: >-
#   kube-system holds the cluster's control-plane add-ons and their highly privileged service
#   accounts and Secrets, and is commonly exempt from Pod Security admission and
#   NetworkPolicies. An application deployed there inherits that exposure and that trust.
#   Cluster components belong there; suppress the finding for those.
# custom:
#   id: PLB-K8S-NS-002
#   severity: low
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Deploy applications, and add-ons that do not need to be there, to a namespace of their
#     own.
#   controls:
#     cis-k8s: ["5.7.1"]
#     nist-800-53: ["AC-4", "AC-6"]
#     iso-27001: ["A.8.22"]
package plumb.rules.kubernetes.ns.kube_system_namespace

import rego.v1

deny contains {"msg": msg, "path": ["metadata", "namespace"]} if {
	input.attributes.metadata.namespace == "kube-system"
	msg := sprintf("%s runs in kube-system, next to the cluster's control-plane add-ons", [input.key])
}
