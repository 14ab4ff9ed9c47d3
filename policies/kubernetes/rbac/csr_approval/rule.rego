# METADATA
# title: Role can approve certificate signing requests
# description: >-
#   Updating certificatesigningrequests/approval approves CSRs: with a signer such as
#   kubernetes.io/kube-apiserver-client the subject can issue itself a client certificate for
#   any user or group, system:masters included, which RBAC can then not revoke until it
#   expires. Roles Kubernetes itself manages are not reported.
#   A "*" in resources is reported by PLB-K8S-RBAC-002 instead.
# custom:
#   id: PLB-K8S-RBAC-014
#   severity: medium
#   types: [Role, ClusterRole]
#   remediation: >-
#     Keep CSR approval to cluster administrators and to approvers limited to one signer
#     (the signers resource with approve and resourceNames).
#   controls:
#     cis-k8s: ["5.1.11"]
#     nist-800-53: ["AC-6", "IA-5"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.kubernetes.rbac.csr_approval

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": ["rules", pr.index, "resources", j]} if {
	not k8s.rbac_default_object
	some pr in k8s.policy_rules
	k8s.grants_any_verb(pr.rule, {"update", "patch"})
	some j in k8s.resource_indexes(pr.rule, "certificates.k8s.io", {"certificatesigningrequests/approval"})
	msg := sprintf("%s rule %d can approve certificate signing requests", [input.key, pr.index])
}
