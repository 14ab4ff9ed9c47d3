# METADATA
# title: GKE cluster issues a client certificate or uses basic authentication
# description: >-
#   A static client certificate (or the long-removed basic-auth username and password) is a
#   credential to the Kubernetes API that cannot be revoked short of rotating the cluster's
#   credentials, and that is tied to no person's IAM identity.
# custom:
#   id: PLB-GCP-GKE-007
#   severity: high
#   types: [google_container_cluster]
#   remediation: >-
#     Remove master_auth (or set client_certificate_config { issue_client_certificate = false })
#     and authenticate with Google identities through gcloud or the GKE auth plugin.
#   controls:
#     nist-800-53: ["IA-2", "IA-5"]
#     pci-dss: ["8.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.5"]
package plumb.rules.gcp.gke.legacy_client_auth

import rego.v1

deny contains {"msg": msg, "path": ["master_auth", i, "client_certificate_config", j, "issue_client_certificate"]} if {
	some i, auth in input.attributes.master_auth
	some j, cert in auth.client_certificate_config
	cert.issue_client_certificate == true
	msg := sprintf("cluster %s issues a static client certificate", [input.key])
}

deny contains {"msg": msg, "path": ["master_auth", i, "username"]} if {
	some i, auth in input.attributes.master_auth
	is_string(auth.username)
	auth.username != ""
	msg := sprintf("cluster %s enables basic authentication", [input.key])
}
