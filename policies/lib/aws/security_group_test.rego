package plumb.lib.aws_test

import data.plumb.lib.aws

test_rule_allows_port if {
	allowed := [
		[{"protocol": "tcp", "from_port": 22, "to_port": 22}, 22],
		[{"protocol": "tcp", "from_port": 0, "to_port": 65535}, 3389],
		[{"protocol": "-1", "from_port": 0, "to_port": 0}, 22],
		[{"protocol": "-1"}, 5432],
		[{"protocol": "all"}, 443],
		[{"protocol": "ALL"}, 443],
		[{"protocol": -1}, 443],
		[{"protocol": "udp", "from_port": 53}, 53],
	]
	every c in allowed {
		aws.rule_allows_port(c[0], c[1])
	}
}

test_rule_does_not_allow_port if {
	denied := [
		[{"protocol": "tcp", "from_port": 80, "to_port": 443}, 22],
		[{"protocol": "tcp", "from_port": 23, "to_port": 25}, 22],
		[{"protocol": "tcp"}, 22],
		[{"protocol": "icmp", "from_port": -1, "to_port": -1}, 22],
		[{"protocol": "tcp", "from_port": {"__plumb_unknown__": true}, "to_port": 22}, 22],
		[{}, 22],
	]
	every c in denied {
		not aws.rule_allows_port(c[0], c[1])
	}
}

test_open_to_world if {
	aws.open_to_world({"cidr_blocks": ["10.0.0.0/8", "0.0.0.0/0"]})
	aws.open_to_world({"ipv6_cidr_blocks": ["::/0"]})
	aws.open_to_world({"cidr_blocks": "0.0.0.0/0"})
}

test_not_open_to_world if {
	not aws.open_to_world({"cidr_blocks": ["10.0.0.0/8"]})
	not aws.open_to_world({"ipv6_cidr_blocks": ["2001:db8::/32"]})
	not aws.open_to_world({"cidr_blocks": {"__plumb_unknown__": true}})
	not aws.open_to_world({"security_groups": ["sg-1"]})
	not aws.open_to_world({})
}
