# METADATA
# title: Compute instance turns OS Login off
# description: >-
#   Setting enable-oslogin to false in an instance's metadata opts it out of OS Login, even
#   where the project enables it: SSH access then rests on keys pasted into metadata rather
#   than on IAM, with no tie to a user's account, its 2-step verification or its removal.
# custom:
#   id: PLB-GCP-COMPUTE-007
#   severity: medium
#   types: [google_compute_instance, google_compute_instance_template]
#   remediation: >-
#     Remove enable-oslogin from the instance metadata, or set it to "TRUE", and grant
#     roles/compute.osLogin (or osAdminLogin) to the people who need access.
#   controls:
#     nist-800-53: ["IA-2", "AC-2"]
#     pci-dss: ["8.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.16", "A.8.5"]
package plumb.rules.gcp.compute.instance_oslogin_disabled

import rego.v1

import data.plumb.lib.gcp

deny contains {"msg": msg, "path": ["metadata", "enable-oslogin"]} if {
	gcp.falsy(input.attributes.metadata["enable-oslogin"])
	msg := sprintf("%s opts out of OS Login (enable-oslogin is false)", [input.key])
}
