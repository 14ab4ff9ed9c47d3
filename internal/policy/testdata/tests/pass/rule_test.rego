package test.tested_test

import data.test.tested

test_open_ssh_denied if {
	count(tested.deny) == 1 with input as {"attributes": {"ingress": [{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["0.0.0.0/0"]}]}}
}

test_closed_allowed if {
	count(tested.deny) == 0 with input as {"attributes": {"ingress": [{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["10.0.0.0/8"]}]}}
}

test_lib_available if data.plumb.lib.unknown({"__plumb_unknown__": true})
