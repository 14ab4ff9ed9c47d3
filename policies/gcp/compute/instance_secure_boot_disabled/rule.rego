# METADATA
# title: Compute instance does not use Shielded VM secure boot
# description: >-
#   Secure boot makes the instance refuse boot components that are not signed by a trusted
#   authority, which stops boot- and kernel-level malware from loading. The google provider
#   leaves enable_secure_boot off unless shielded_instance_config turns it on.
# custom:
#   id: PLB-GCP-COMPUTE-011
#   severity: low
#   types: [google_compute_instance, google_compute_instance_template]
#   remediation: >-
#     Boot from a Shielded VM image and add shielded_instance_config { enable_secure_boot =
#     true }; drivers you load yourself must then be signed.
#   controls:
#     nist-800-53: ["SI-7"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.9"]
package plumb.rules.gcp.compute.instance_secure_boot_disabled

import rego.v1

deny contains {"msg": msg, "path": ["shielded_instance_config"]} if {
	no_shielded_instance_config
	msg := sprintf("%s does not turn on secure boot (no shielded_instance_config)", [input.key])
}

deny contains {"msg": msg, "path": ["shielded_instance_config", i, "enable_secure_boot"]} if {
	some i, config in input.attributes.shielded_instance_config
	not config.enable_secure_boot == true
	msg := sprintf("%s does not turn on secure boot", [input.key])
}

# Plans and state files report an argument that was not set as [] or "".
no_shielded_instance_config if not input.attributes.shielded_instance_config

no_shielded_instance_config if input.attributes.shielded_instance_config in {[], ""}
