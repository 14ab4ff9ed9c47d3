# METADATA
# title: Network Watcher flow log is turned off
# description: >-
#   Flow logs record which addresses talked to which ports through a network security group
#   or virtual network; without them a breach cannot be traced through the network. A flow
#   log declared with enabled = false records nothing.
# custom:
#   id: PLB-AZURE-NETWORK-007
#   severity: medium
#   types: [azurerm_network_watcher_flow_log]
#   remediation: >-
#     Set enabled = true on the flow log (the default).
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.azure.network.flow_log_disabled

import rego.v1

deny contains {"msg": msg, "path": ["enabled"]} if {
	input.attributes.enabled == false
	msg := sprintf("flow log %s is disabled", [input.key])
}
