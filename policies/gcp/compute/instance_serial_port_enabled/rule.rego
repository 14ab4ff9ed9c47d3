# METADATA
# title: Compute instance enables the interactive serial console
# description: >-
#   With serial-port-enable set in its metadata, the instance accepts interactive serial
#   console connections, which bypass its firewall rules and network controls: anyone holding
#   the right IAM permission and an SSH key reaches a login prompt from anywhere.
# custom:
#   id: PLB-GCP-COMPUTE-006
#   severity: medium
#   types: [google_compute_instance, google_compute_instance_template]
#   remediation: >-
#     Remove serial-port-enable from the instance metadata (or set it to "false"); enable the
#     serial console only for the duration of a repair.
#   controls:
#     nist-800-53: ["AC-17", "CM-7"]
#     pci-dss: ["2.2.4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.gcp.compute.instance_serial_port_enabled

import rego.v1

import data.plumb.lib.gcp

deny contains {"msg": msg, "path": ["metadata", "serial-port-enable"]} if {
	gcp.truthy(input.attributes.metadata["serial-port-enable"])
	msg := sprintf("%s enables interactive serial console access", [input.key])
}
