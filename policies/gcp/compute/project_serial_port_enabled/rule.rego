# METADATA
# title: Project metadata enables the interactive serial console
# description: >-
#   serial-port-enable in the project's metadata turns on interactive serial console access
#   for every instance that does not turn it off itself. The serial console bypasses firewall
#   rules and network controls.
# custom:
#   id: PLB-GCP-COMPUTE-023
#   severity: medium
#   types: [google_compute_project_metadata, google_compute_project_metadata_item]
#   remediation: >-
#     Remove serial-port-enable from the project metadata and enable the serial console on a
#     single instance only for the duration of a repair (or enforce the
#     compute.disableSerialPortAccess organisation policy).
#   controls:
#     nist-800-53: ["AC-17", "CM-7"]
#     pci-dss: ["2.2.4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.gcp.compute.project_serial_port_enabled

import rego.v1

import data.plumb.lib.gcp

deny contains {"msg": msg, "path": ["metadata", "serial-port-enable"]} if {
	input.type == "google_compute_project_metadata"
	gcp.truthy(input.attributes.metadata["serial-port-enable"])
	msg := sprintf("%s enables serial console access project-wide", [input.key])
}

deny contains {"msg": msg, "path": ["value"]} if {
	input.type == "google_compute_project_metadata_item"
	input.attributes.key == "serial-port-enable"
	gcp.truthy(input.attributes.value)
	msg := sprintf("%s enables serial console access project-wide", [input.key])
}
