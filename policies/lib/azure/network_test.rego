package plumb.lib.azure_test

import data.plumb.lib.azure

test_nsg_allows_port if {
	azure.nsg_allows_port({"protocol": "Tcp", "destination_port_range": "22"}, "tcp", 22)
	azure.nsg_allows_port({"protocol": "*", "destination_port_range": "*"}, "tcp", 3389)
	azure.nsg_allows_port({"protocol": "Tcp", "destination_port_range": "20-30"}, "tcp", 22)
	azure.nsg_allows_port({"protocol": "Tcp", "destination_port_ranges": ["443", "3380-3390"]}, "tcp", 3389)
	not azure.nsg_allows_port({"protocol": "Udp", "destination_port_range": "22"}, "tcp", 22)
	not azure.nsg_allows_port({"protocol": "Tcp", "destination_port_range": "2222"}, "tcp", 22)
	not azure.nsg_allows_port({"protocol": "Tcp", "destination_port_range": {"__plumb_unknown__": true}}, "tcp", 22)
	not azure.nsg_allows_port({"protocol": "Tcp"}, "tcp", 22)
}

test_nsg_all_ports if {
	azure.nsg_all_ports({"protocol": "*", "destination_port_range": "*"})
	azure.nsg_all_ports({"protocol": "*", "destination_port_ranges": ["0-65535"]})
	not azure.nsg_all_ports({"protocol": "Tcp", "destination_port_range": "*"})
	not azure.nsg_all_ports({"protocol": "*", "destination_port_range": "1-1024"})
}

test_nsg_internet_sources if {
	azure.nsg_internet_sources({"source_address_prefix": "Internet"}) == {["source_address_prefix"]}
	azure.nsg_internet_sources({"source_address_prefix": "*"}) == {["source_address_prefix"]}
	azure.nsg_internet_sources({"source_address_prefixes": ["10.0.0.0/8", "0.0.0.0/0"]}) == {["source_address_prefixes", 1]}
	azure.nsg_internet_sources({"source_address_prefix": "10.0.0.0/8"}) == set()
	azure.nsg_internet_sources({"source_address_prefix": "VirtualNetwork"}) == set()
	azure.nsg_internet_sources({"source_address_prefix": {"__plumb_unknown__": true}}) == set()
}

test_nsg_inbound_allow if {
	azure.nsg_inbound_allow({"direction": "Inbound", "access": "Allow"})
	not azure.nsg_inbound_allow({"direction": "Outbound", "access": "Allow"})
	not azure.nsg_inbound_allow({"direction": "Inbound", "access": "Deny"})
}
