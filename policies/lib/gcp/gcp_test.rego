package plumb.lib.gcp_test

import rego.v1

import data.plumb.lib.gcp

unknown := {"__plumb_unknown__": true}

test_allow_covers_tcp_port if {
	gcp.allow_covers_tcp_port({"protocol": "tcp", "ports": ["22"]}, 22)
	gcp.allow_covers_tcp_port({"protocol": "TCP", "ports": ["80", "20-25"]}, 22)
	gcp.allow_covers_tcp_port({"protocol": "all"}, 3389)
	gcp.allow_covers_tcp_port({"protocol": "tcp"}, 3389)
	gcp.allow_covers_tcp_port({"protocol": "tcp", "ports": []}, 3389)
	not gcp.allow_covers_tcp_port({"protocol": "udp", "ports": ["22"]}, 22)
	not gcp.allow_covers_tcp_port({"protocol": "tcp", "ports": ["443"]}, 22)
	not gcp.allow_covers_tcp_port({"protocol": "tcp", "ports": ["23-100"]}, 22)
	not gcp.allow_covers_tcp_port({"protocol": "tcp", "ports": [unknown]}, 22)
	not gcp.allow_covers_tcp_port({"protocol": "tcp", "ports": unknown}, 22)
	not gcp.allow_covers_tcp_port({"protocol": unknown}, 22)
	not gcp.allow_covers_tcp_port({"protocol": "tcp", "ports": ["ssh"]}, 22)
}

test_allow_all_ports if {
	gcp.allow_all_ports({"protocol": "all"})
	gcp.allow_all_ports({"protocol": "udp"})
	gcp.allow_all_ports({"protocol": "tcp", "ports": ["0-65535"]})
	not gcp.allow_all_ports({"protocol": "tcp", "ports": ["1-1024"]})
	not gcp.allow_all_ports({"protocol": "icmp"})
	not gcp.allow_all_ports({"protocol": "tcp", "ports": unknown})
}

test_metadata_booleans if {
	gcp.truthy(true)
	gcp.truthy("TRUE")
	gcp.truthy("1")
	not gcp.truthy("maybe")
	not gcp.truthy(unknown)
	gcp.falsy("False")
	gcp.falsy(false)
	not gcp.falsy(unknown)
	not gcp.falsy("")
}
