# METADATA
# title: Network security group allows UDP from the internet
# description: >-
#   UDP services (DNS, NTP, SNMP, SSDP, CLDAP, Memcached) reachable from the internet are
#   used to amplify denial-of-service attacks and leak information. This rule fires on
#   inbound Allow rules for UDP (or any protocol) on specific ports from Internet, *, Any or
#   0.0.0.0/0; rules that open every port are reported by PLB-AZURE-NETWORK-004.
# custom:
#   id: PLB-AZURE-NETWORK-005
#   severity: medium
#   types: [azurerm_network_security_group, azurerm_network_security_rule]
#   remediation: >-
#     Restrict the rule's source to the networks that need the service, or remove it.
#   controls:
#     nist-800-53: ["SC-7", "AC-17"]
#     pci-dss: ["1.3.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.azure.network.udp_open_to_internet

import rego.v1

deny contains {"msg": msg, "path": array.concat(base, field)} if {
	some [base, rule] in rules
	azure.nsg_inbound_allow(rule)
	not azure.nsg_all_ports(rule)
	is_string(rule.protocol)
	lower(rule.protocol) in {"udp", "*"}
	some field in azure.nsg_internet_sources(rule)
	msg := sprintf("network security rule in %s allows UDP from the internet", [input.key])
}

import data.plumb.lib.azure

rules := azure.nsg_rules
