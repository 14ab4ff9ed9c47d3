# METADATA
# title: Network security group allows database ports from the internet
# description: >-
#   Databases and caches (SQL Server 1433, Oracle 1521, MySQL 3306, PostgreSQL 5432, Redis
#   6379/6380, Cassandra 9042, MongoDB 27017, Elasticsearch 9200) should only be reachable
#   from the application tier. An inbound Allow rule from Internet, *, Any or 0.0.0.0/0 to
#   one of these ports exposes them to brute force and data theft. Rules that open every port
#   are reported by PLB-AZURE-NETWORK-004.
# custom:
#   id: PLB-AZURE-NETWORK-003
#   severity: high
#   types: [azurerm_network_security_group, azurerm_network_security_rule]
#   remediation: >-
#     Limit the rule's source to the application subnets or use private endpoints; never open
#     database ports to the internet.
#   controls:
#     nist-800-53: ["SC-7", "AC-17"]
#     pci-dss: ["1.3.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.azure.network.database_ports_open_to_internet

import rego.v1

deny contains {"msg": msg, "path": array.concat(base, field)} if {
	some [base, rule] in rules
	azure.nsg_inbound_allow(rule)
	not azure.nsg_all_ports(rule)
	some port in {1433, 1521, 3306, 5432, 6379, 6380, 9042, 9200, 27017}
	azure.nsg_allows_port(rule, "tcp", port)
	some field in azure.nsg_internet_sources(rule)
	msg := sprintf("network security rule in %s allows a database port (port %d) from the internet", [input.key, port])
}

import data.plumb.lib.azure

rules := azure.nsg_rules
