# METADATA
# title: Pod template does not turn off service account token automount
# description: >-
#   Unless automountServiceAccountToken is false, every container gets a token for the pod's
#   service account at /var/run/secrets/kubernetes.io/serviceaccount. Most applications never
#   call the Kubernetes API; for them the token only serves an attacker who gets code
#   execution, who can use it against the API server with whatever the account is granted.
#   A template that sets the field to true has made that choice and is not reported. The
#   setting can also be made on the ServiceAccount (see PLB-K8S-SA-003); the pod template's
#   value takes precedence.
# custom:
#   id: PLB-K8S-SA-001
#   severity: low
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Set automountServiceAccountToken: false in the pod template. Workloads that call the API
#     mount a projected token with a short expiry and a specific audience instead, or set the
#     field to true deliberately.
#   controls:
#     cis-k8s: ["5.1.6"]
#     nist-800-53: ["AC-6", "IA-5"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
#   fix:
#     set: {value: false}
package plumb.rules.kubernetes.sa.token_automounted

import rego.v1

explicit if input.attributes.pod.spec.automountServiceAccountToken != null

deny contains {"msg": msg, "path": ["pod", "spec", "automountServiceAccountToken"]} if {
	is_object(input.attributes.pod.spec)
	not explicit
	msg := sprintf("%s does not set automountServiceAccountToken: false, so its pods get an API token", [input.key])
}
