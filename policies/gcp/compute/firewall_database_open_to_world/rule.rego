# METADATA
# title: Firewall rule exposes a database port to the whole internet
# description: >-
#   An ingress firewall rule that admits a well-known database port (MySQL 3306, PostgreSQL
#   5432, SQL Server 1433, Oracle 1521, MongoDB 27017, Redis 6379, Elasticsearch 9200,
#   Cassandra 9042, Memcached 11211) from 0.0.0.0/0 or ::/0 lets anyone try to log in to, or
#   exploit, the data store behind it.
# custom:
#   id: PLB-GCP-COMPUTE-003
#   severity: high
#   types: [google_compute_firewall]
#   remediation: >-
#     Replace 0.0.0.0/0 and ::/0 in source_ranges with the ranges that need access (a VPN, a
#     bastion's address, Identity-Aware Proxy's 35.235.240.0/20 for TCP forwarding), or use
#     source_tags / source_service_accounts, or set disabled = true.
#   controls:
#     nist-800-53: ["SC-7"]
#     pci-dss: ["1.3.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.gcp.compute.firewall_database_open_to_world

import rego.v1

import data.plumb.lib.gcp

database_ports := {3306, 5432, 1433, 1521, 27017, 6379, 9200, 9042, 11211}

# Rules that open every port are reported once, by PLB-GCP-COMPUTE-004.
deny contains {"msg": msg, "path": ["source_ranges", k]} if {
	ingress
	enabled
	some k, cidr in input.attributes.source_ranges
	cidr in gcp.world_ranges
	some allow in input.attributes.allow
	not gcp.allow_all_ports(allow)
	open := {port | some port in database_ports; gcp.allow_covers_tcp_port(allow, port)}
	count(open) > 0
	msg := sprintf("firewall rule %s exposes database ports %v to %s", [input.key, sort(open), cidr])
}

ingress if not input.attributes.direction

ingress if input.attributes.direction == "INGRESS"

# disabled defaults to false; an unknown value is not taken for either.
enabled if not input.attributes.disabled
