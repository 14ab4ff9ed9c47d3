# METADATA
# title: Network security group allows SSH from the internet
# description: >-
#   An inbound Allow rule that admits TCP port 22 from Internet, *, Any or 0.0.0.0/0 exposes
#   SSH on every machine behind the group to password spraying and to any pre-authentication
#   flaw in the daemon. Rules are judged whether written inline or as
#   azurerm_network_security_rule resources; rules that open every port are reported by PLB-
#   AZURE-NETWORK-004 instead.
# custom:
#   id: PLB-AZURE-NETWORK-001
#   severity: high
#   types: [azurerm_network_security_group, azurerm_network_security_rule]
#   remediation: >-
#     Restrict the rule's source to your VPN or bastion ranges, or remove it and use Azure
#     Bastion or just-in-time VM access.
#   controls:
#     nist-800-53: ["SC-7", "AC-17"]
#     pci-dss: ["1.3.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.azure.network.ssh_open_to_internet

import rego.v1

deny contains {"msg": msg, "path": array.concat(base, field)} if {
	some [base, rule] in rules
	azure.nsg_inbound_allow(rule)
	not azure.nsg_all_ports(rule)
	some port in {22}
	azure.nsg_allows_port(rule, "tcp", port)
	some field in azure.nsg_internet_sources(rule)
	msg := sprintf("network security rule in %s allows SSH (port %d) from the internet", [input.key, port])
}

import data.plumb.lib.azure

rules := azure.nsg_rules
