# METADATA
# title: Compute instance runs as the default service account with full API access
# description: >-
#   The Compute Engine default service account holds the Editor role on the project unless
#   that grant was removed. With the cloud-platform scope, anything that reaches the instance's
#   metadata server can act as an editor of the whole project.
# custom:
#   id: PLB-GCP-COMPUTE-012
#   severity: high
#   types: [google_compute_instance, google_compute_instance_template]
#   remediation: >-
#     Attach a dedicated service account with only the roles the workload needs
#     (service_account { email = google_service_account.<name>.email, scopes =
#     ["cloud-platform"] }), or keep the default account with narrow scopes only.
#   controls:
#     nist-800-53: ["AC-6"]
#     pci-dss: ["7.2.2"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.gcp.compute.instance_default_sa_full_scope

import rego.v1

full_scopes := {"cloud-platform", "https://www.googleapis.com/auth/cloud-platform"}

deny contains {"msg": msg, "path": ["service_account", i, "scopes", j]} if {
	some i, sa in input.attributes.service_account
	default_account(sa)
	some j, scope in sa.scopes
	scope in full_scopes
	msg := sprintf("%s runs as the Compute Engine default service account with the cloud-platform scope", [input.key])
}

# No email means the project's default service account.
default_account(sa) if not "email" in object.keys(sa)

default_account(sa) if sa.email == "default"

default_account(sa) if {
	is_string(sa.email)
	endswith(sa.email, "-compute@developer.gserviceaccount.com")
}
