# METADATA
# title: Network security group allows WinRM from the internet
# description: >-
#   Windows Remote Management (TCP 5985 over HTTP, 5986 over HTTPS) runs commands on the
#   machine; reachable from Internet, *, Any or 0.0.0.0/0 it invites credential attacks
#   against administrative accounts. Rules that open every port are reported by PLB-AZURE-
#   NETWORK-004.
# custom:
#   id: PLB-AZURE-NETWORK-006
#   severity: high
#   types: [azurerm_network_security_group, azurerm_network_security_rule]
#   remediation: >-
#     Restrict the source to management networks, or remove the rule and use Azure Bastion or
#     Run Command.
#   controls:
#     nist-800-53: ["SC-7", "AC-17"]
#     pci-dss: ["1.3.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.azure.network.winrm_open_to_internet

import rego.v1

deny contains {"msg": msg, "path": array.concat(base, field)} if {
	some [base, rule] in rules
	azure.nsg_inbound_allow(rule)
	not azure.nsg_all_ports(rule)
	some port in {5985, 5986}
	azure.nsg_allows_port(rule, "tcp", port)
	some field in azure.nsg_internet_sources(rule)
	msg := sprintf("network security rule in %s allows WinRM (port %d) from the internet", [input.key, port])
}

import data.plumb.lib.azure

rules := azure.nsg_rules
