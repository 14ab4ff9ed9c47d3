# METADATA
# title: Compute instance does not use Confidential Computing
# description: >-
#   Confidential VMs keep memory encrypted with a key the processor holds, so data in use is
#   protected from the host and from anyone who can read the machine's memory. The google
#   provider creates ordinary VMs unless confidential_instance_config turns it on.
# custom:
#   id: PLB-GCP-COMPUTE-015
#   severity: low
#   types: [google_compute_instance]
#   remediation: >-
#     Use a machine type that supports it (N2D, C2D, C3 and others) and add
#     confidential_instance_config { enable_confidential_compute = true } (or
#     confidential_instance_type = "SEV"), with on_host_maintenance = "TERMINATE" in scheduling.
#   controls:
#     nist-800-53: ["SC-28"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.compute.instance_confidential_computing_off

import rego.v1

deny contains {"msg": msg, "path": ["confidential_instance_config"]} if {
	no_confidential_instance_config
	msg := sprintf("%s is not a Confidential VM (no confidential_instance_config)", [input.key])
}

deny contains {"msg": msg, "path": ["confidential_instance_config", i, "enable_confidential_compute"]} if {
	some i, config in input.attributes.confidential_instance_config
	not config.enable_confidential_compute == true
	no_confidential_instance_type(config)
	msg := sprintf("%s does not turn Confidential Computing on", [input.key])
}

# Plans and state files report an argument that was not set as [] or "".
no_confidential_instance_config if not input.attributes.confidential_instance_config

no_confidential_instance_config if input.attributes.confidential_instance_config in {[], ""}

no_confidential_instance_type(config) if not config.confidential_instance_type

no_confidential_instance_type(config) if config.confidential_instance_type in {[], ""}
