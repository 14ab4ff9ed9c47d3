# METADATA
# title: Firewall rule does not log the connections it matches
# description: >-
#   Without a log_config block, the firewall rule records nothing, so there is no record of
#   which connections it admitted or denied when an incident needs investigating.
# custom:
#   id: PLB-GCP-COMPUTE-005
#   severity: low
#   types: [google_compute_firewall]
#   remediation: >-
#     Add log_config { metadata = "INCLUDE_ALL_METADATA" } (or "EXCLUDE_ALL_METADATA" to keep
#     the volume down) to the firewall rule.
#   controls:
#     nist-800-53: ["AU-12", "SI-4"]
#     pci-dss: ["10.2.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15", "A.8.16"]
package plumb.rules.gcp.compute.firewall_logging_disabled

import rego.v1

deny contains {"msg": msg, "path": ["log_config"]} if {
	no_log_config
	msg := sprintf("firewall rule %s does not log the connections it matches", [input.key])
}

# Plans and state files report an argument that was not set as [] or "".
no_log_config if not input.attributes.log_config

no_log_config if input.attributes.log_config in {[], ""}
