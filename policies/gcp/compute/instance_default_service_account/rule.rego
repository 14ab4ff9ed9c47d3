# METADATA
# title: Compute instance runs as the Compute Engine default service account
# description: >-
#   The default service account is shared by every instance in the project that does not
#   name another, and holds the Editor role unless that grant was removed, so its rights
#   follow no one workload's needs. Instances that also grant it the cloud-platform scope are
#   reported by PLB-GCP-COMPUTE-012.
# custom:
#   id: PLB-GCP-COMPUTE-013
#   severity: medium
#   types: [google_compute_instance, google_compute_instance_template]
#   remediation: >-
#     Create a service account for the workload with the roles it needs and set
#     service_account { email = google_service_account.<name>.email }.
#   controls:
#     nist-800-53: ["AC-6"]
#     pci-dss: ["7.2.2"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.gcp.compute.instance_default_service_account

import rego.v1

full_scopes := {"cloud-platform", "https://www.googleapis.com/auth/cloud-platform"}

deny contains {"msg": msg, "path": ["service_account", i, "email"]} if {
	some i, sa in input.attributes.service_account
	default_account(sa)
	not full_scope(sa)
	msg := sprintf("%s runs as the Compute Engine default service account", [input.key])
}

default_account(sa) if not "email" in object.keys(sa)

default_account(sa) if sa.email == "default"

default_account(sa) if {
	is_string(sa.email)
	endswith(sa.email, "-compute@developer.gserviceaccount.com")
}

full_scope(sa) if {
	some scope in sa.scopes
	scope in full_scopes
}
