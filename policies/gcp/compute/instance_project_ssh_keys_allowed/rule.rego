# METADATA
# title: Compute instance accepts project-wide SSH keys
# description: >-
#   Unless block-project-ssh-keys is set, every SSH key in the project's metadata can log in
#   to the instance, so one leaked key opens every instance in the project. Instances that
#   use OS Login ignore metadata keys and are not reported.
# custom:
#   id: PLB-GCP-COMPUTE-014
#   severity: medium
#   types: [google_compute_instance, google_compute_instance_template]
#   remediation: >-
#     Set metadata = { block-project-ssh-keys = "TRUE" } on the instance, or enable OS Login
#     (enable-oslogin = "TRUE") and manage access through IAM.
#   controls:
#     nist-800-53: ["AC-2", "IA-5"]
#     pci-dss: ["8.2.2"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.16", "A.8.5"]
package plumb.rules.gcp.compute.instance_project_ssh_keys_allowed

import rego.v1

import data.plumb.lib.gcp

deny contains {"msg": msg, "path": ["metadata", "block-project-ssh-keys"]} if {
	not blocked
	not oslogin
	msg := sprintf("%s accepts the project's SSH keys (block-project-ssh-keys is not set)", [input.key])
}

# A value that is not plainly false (true, or unknown) counts as set: never fire on a guess.
blocked if {
	v := input.attributes.metadata["block-project-ssh-keys"]
	not gcp.falsy(v)
}

oslogin if {
	v := input.attributes.metadata["enable-oslogin"]
	not gcp.falsy(v)
}
