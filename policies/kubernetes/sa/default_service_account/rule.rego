# METADATA
# title: Pod runs as its namespace's default service account
# description: >-
#   A pod that names no serviceAccountName runs as the namespace's "default" account, which
#   every other such pod in the namespace shares. Any permission granted to one of them is
#   granted to all, and the token of one compromised pod works for the others. Give each
#   workload its own account.
# custom:
#   id: PLB-K8S-SA-002
#   severity: low
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Create a ServiceAccount for the workload (with automountServiceAccountToken: false unless
#     it calls the API) and set serviceAccountName in the pod template.
#   controls:
#     cis-k8s: ["5.1.5"]
#     nist-800-53: ["AC-2", "AC-6"]
#     soc2: ["CC6.2"]
#     iso-27001: ["A.5.16"]
package plumb.rules.kubernetes.sa.default_service_account

import rego.v1

spec := input.attributes.pod.spec

# serviceAccount is the deprecated alias of serviceAccountName.
named contains [field, name] if {
	some field in ["serviceAccountName", "serviceAccount"]
	name := spec[field]
	is_string(name)
	name != ""
}

deny contains {"msg": msg, "path": ["pod", "spec", "serviceAccountName"]} if {
	is_object(spec)
	count(named) == 0
	msg := sprintf("%s names no service account, so its pods run as the namespace's default account", [input.key])
}

deny contains {"msg": msg, "path": ["pod", "spec", field]} if {
	some [field, name] in named
	name == "default"
	msg := sprintf("%s runs its pods as the namespace's default service account", [input.key])
}
