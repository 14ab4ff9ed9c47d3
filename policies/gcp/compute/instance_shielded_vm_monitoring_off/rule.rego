# METADATA
# title: Compute instance turns off Shielded VM vTPM or integrity monitoring
# description: >-
#   The virtual TPM measures the boot sequence and integrity monitoring compares it against a
#   known-good baseline, so a tampered bootloader or kernel is noticed. Both are on by default
#   for Shielded VM images; setting enable_vtpm or enable_integrity_monitoring to false turns
#   that detection off.
# custom:
#   id: PLB-GCP-COMPUTE-010
#   severity: medium
#   types: [google_compute_instance, google_compute_instance_template]
#   remediation: >-
#     Remove enable_vtpm = false and enable_integrity_monitoring = false from
#     shielded_instance_config (both default to true).
#   controls:
#     nist-800-53: ["SI-7"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.9"]
package plumb.rules.gcp.compute.instance_shielded_vm_monitoring_off

import rego.v1

deny contains {"msg": msg, "path": ["shielded_instance_config", i, setting]} if {
	some i, config in input.attributes.shielded_instance_config
	some setting in ["enable_vtpm", "enable_integrity_monitoring"]
	config[setting] == false
	msg := sprintf("%s sets shielded_instance_config.%s = false", [input.key, setting])
}
