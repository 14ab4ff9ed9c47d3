# METADATA
# title: MySQL flexible server firewall rule admits every IPv4 address
# description: >-
#   A firewall rule from 0.0.0.0 to 255.255.255.255 lets every address on the internet reach
#   the server's login endpoint.
# custom:
#   id: PLB-AZURE-MYSQL-004
#   severity: critical
#   types: [azurerm_mysql_flexible_server_firewall_rule]
#   remediation: >-
#     Replace it with rules for the specific addresses that need access, or move the server
#     into a virtual network.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.mysql.firewall_allows_all

import rego.v1

deny contains {"msg": msg, "path": ["end_ip_address"]} if {
	input.attributes.start_ip_address == "0.0.0.0"
	input.attributes.end_ip_address == "255.255.255.255"
	msg := sprintf("MySQL firewall rule %s admits every IPv4 address", [input.key])
}
