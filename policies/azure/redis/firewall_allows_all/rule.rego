# METADATA
# title: Redis cache firewall rule admits every IPv4 address
# description: >-
#   A firewall rule from 0.0.0.0 to 255.255.255.255 lets every address on the internet reach
#   the cache, leaving only the access key between an attacker and the data.
# custom:
#   id: PLB-AZURE-REDIS-004
#   severity: critical
#   types: [azurerm_redis_firewall_rule]
#   remediation: >-
#     Replace it with rules for the specific addresses that need access, or use a private
#     endpoint.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.redis.firewall_allows_all

import rego.v1

deny contains {"msg": msg, "path": ["end_ip"]} if {
	input.attributes.start_ip == "0.0.0.0"
	input.attributes.end_ip == "255.255.255.255"
	msg := sprintf("Redis firewall rule %s admits every IPv4 address", [input.key])
}
