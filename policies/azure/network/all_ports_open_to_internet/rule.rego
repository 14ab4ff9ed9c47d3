# METADATA
# title: Network security group allows all traffic from the internet
# description: >-
#   An inbound Allow rule for every protocol and every port from Internet, *, Any or
#   0.0.0.0/0 turns the group into no filter at all: every service listening on the machines
#   behind it is exposed.
# custom:
#   id: PLB-AZURE-NETWORK-004
#   severity: critical
#   types: [azurerm_network_security_group, azurerm_network_security_rule]
#   remediation: >-
#     Replace the rule with rules for the specific ports the workload serves, from the
#     sources that need them.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.network.all_ports_open_to_internet

import rego.v1

deny contains {"msg": msg, "path": array.concat(base, field)} if {
	some [base, rule] in rules
	azure.nsg_inbound_allow(rule)
	azure.nsg_all_ports(rule)
	some field in azure.nsg_internet_sources(rule)
	msg := sprintf("network security rule in %s allows every port and protocol from the internet", [input.key])
}

import data.plumb.lib.azure

rules := azure.nsg_rules
