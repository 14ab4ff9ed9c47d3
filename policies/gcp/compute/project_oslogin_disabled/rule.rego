# METADATA
# title: Project metadata does not enable OS Login
# description: >-
#   OS Login ties SSH access to instances to IAM and to the user's Google account (with its
#   2-step verification and its removal when the person leaves), instead of keys pasted into
#   metadata. google_compute_project_metadata replaces the project's whole metadata, so
#   without enable-oslogin there OS Login is off project-wide; a
#   google_compute_project_metadata_item can also turn it off.
# custom:
#   id: PLB-GCP-COMPUTE-022
#   severity: medium
#   types: [google_compute_project_metadata, google_compute_project_metadata_item]
#   remediation: >-
#     Set enable-oslogin = "TRUE" in the project metadata and grant roles/compute.osLogin (or
#     osAdminLogin) to the people who need SSH access.
#   controls:
#     nist-800-53: ["IA-2", "AC-2"]
#     pci-dss: ["8.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.16", "A.8.5"]
package plumb.rules.gcp.compute.project_oslogin_disabled

import rego.v1

import data.plumb.lib.gcp

deny contains {"msg": msg, "path": ["metadata", "enable-oslogin"]} if {
	input.type == "google_compute_project_metadata"
	not enabled
	msg := sprintf("%s does not enable OS Login for the project", [input.key])
}

deny contains {"msg": msg, "path": ["value"]} if {
	input.type == "google_compute_project_metadata_item"
	input.attributes.key == "enable-oslogin"
	gcp.falsy(input.attributes.value)
	msg := sprintf("%s turns OS Login off for the project", [input.key])
}

# A value that is not plainly false (true, or unknown) is not reported.
enabled if {
	v := input.attributes.metadata["enable-oslogin"]
	not gcp.falsy(v)
}
