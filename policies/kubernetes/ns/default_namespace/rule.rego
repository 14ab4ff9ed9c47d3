# METADATA
# title: Workload deployed to the default namespace
# description: >-
#   The default namespace is where everything lands that nobody placed: workloads there share
#   its service accounts, quotas and network policies with whatever else was put there by
#   accident, and namespace-scoped RBAC or Pod Security admission cannot tell them apart.
#   Only workloads whose namespace is "default" explicitly (as live objects always are) are
#   reported: a manifest without a namespace gets one at apply time (kubectl -n, Helm,
#   Kustomize), so absence alone is not judged.
# custom:
#   id: PLB-K8S-NS-001
#   severity: low
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Create a namespace for the application, with its own service accounts, NetworkPolicies,
#     ResourceQuota and Pod Security labels, and deploy there.
#   controls:
#     cis-k8s: ["5.7.1", "5.7.4"]
#     nist-800-53: ["AC-4", "SC-7"]
#     iso-27001: ["A.8.22"]
package plumb.rules.kubernetes.ns.default_namespace

import rego.v1

deny contains {"msg": msg, "path": ["metadata", "namespace"]} if {
	input.attributes.metadata.namespace == "default"
	msg := sprintf("%s runs in the default namespace", [input.key])
}
