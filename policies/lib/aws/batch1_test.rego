package plumb.lib.aws_test

import rego.v1

import data.plumb.lib.aws

unknown := {"__plumb_unknown__": true}

test_b1_sg_world_cidr_fields if {
	aws.b1_sg_world_cidr_fields({"cidr_blocks": ["10.0.0.0/8", "0.0.0.0/0"]}) == {"cidr_blocks"}
	aws.b1_sg_world_cidr_fields({"ipv6_cidr_blocks": ["::/0"]}) == {"ipv6_cidr_blocks"}
	aws.b1_sg_world_cidr_fields({"cidr_blocks": ["0.0.0.0/0"], "ipv6_cidr_blocks": ["::/0"]}) == {"cidr_blocks", "ipv6_cidr_blocks"}
	aws.b1_sg_world_cidr_fields({"cidr_blocks": ["10.0.0.0/8"]}) == set()
	aws.b1_sg_world_cidr_fields({"cidr_blocks": unknown}) == set()
	aws.b1_sg_world_cidr_fields({"cidr_blocks": [unknown]}) == set()
	aws.b1_sg_world_cidr_fields({}) == set()
}

test_b1_protocol if {
	aws.b1_protocol("TCP") == "tcp"
	aws.b1_protocol(-1) == "-1"
	aws.b1_protocol(6) == "6"
	not aws.b1_protocol(unknown)
}

test_b1_sg_rule_covers_tcp_port if {
	every c in [
		[{"protocol": "tcp", "from_port": 22, "to_port": 22}, 22],
		[{"protocol": "6", "from_port": 20, "to_port": 25}, 22],
		[{"protocol": "-1", "from_port": 0, "to_port": 0}, 3389],
		[{"protocol": "-1"}, 5432],
		[{"protocol": -1}, 5432],
		[{"protocol": "all"}, 22],
	] {
		aws.b1_sg_rule_covers_tcp_port(c[0], c[1])
	}
}

test_b1_sg_rule_does_not_cover_tcp_port if {
	every c in [
		[{"protocol": "udp", "from_port": 22, "to_port": 22}, 22],
		[{"protocol": "tcp", "from_port": 23, "to_port": 25}, 22],
		[{"protocol": "tcp", "from_port": 0, "to_port": unknown}, 22],
		[{"protocol": "tcp", "from_port": unknown, "to_port": 22}, 22],
		[{"protocol": "tcp", "from_port": 22}, 22],
		[{"protocol": unknown}, 22],
		[{}, 22],
	] {
		not aws.b1_sg_rule_covers_tcp_port(c[0], c[1])
	}
}

test_b1_sg_rule_all_ports if {
	aws.b1_sg_rule_all_ports({"protocol": "-1"})
	aws.b1_sg_rule_all_ports({"protocol": "tcp", "from_port": 0, "to_port": 65535})
	aws.b1_sg_rule_all_ports({"protocol": "udp", "from_port": 1, "to_port": 65535})
	not aws.b1_sg_rule_all_ports({"protocol": "tcp", "from_port": 1024, "to_port": 65535})
	not aws.b1_sg_rule_all_ports({"protocol": "tcp", "from_port": 0, "to_port": unknown})
	not aws.b1_sg_rule_all_ports({"protocol": "icmp", "from_port": -1, "to_port": -1})
}

test_b1_policy_statement_refs_list if {
	doc := {"Statement": [{"Effect": "Deny"}, {"Effect": "Allow"}]}
	aws.b1_policy_statement_refs(doc) == [
		{"path": ["Statement", 0], "statement": {"Effect": "Deny"}},
		{"path": ["Statement", 1], "statement": {"Effect": "Allow"}},
	]
}

test_b1_policy_statement_refs_single if {
	aws.b1_policy_statement_refs({"Statement": {"Effect": "Allow"}}) == [{"path": ["Statement"], "statement": {"Effect": "Allow"}}]
}

test_b1_policy_statement_refs_json_string if {
	refs := aws.b1_policy_statement_refs(`{"Statement": [{"Effect": "Allow"}]}`)
	refs == [{"path": ["Statement", 0], "statement": {"Effect": "Allow"}}]
}

test_b1_policy_statement_refs_nothing if {
	count(aws.b1_policy_statement_refs(unknown)) == 0
	count(aws.b1_policy_statement_refs("not json")) == 0
	count(aws.b1_policy_statement_refs({"Statement": [unknown]})) == 1
}

test_b1_principal_is_everyone if {
	aws.b1_principal_is_everyone("*")
	aws.b1_principal_is_everyone({"AWS": "*"})
	aws.b1_principal_is_everyone({"AWS": ["arn:aws:iam::111122223333:root", "*"]})
	not aws.b1_principal_is_everyone({"AWS": "arn:aws:iam::111122223333:root"})
	not aws.b1_principal_is_everyone({"Service": "cloudfront.amazonaws.com"})
	not aws.b1_principal_is_everyone(unknown)
}

test_b1_policy_value_list if {
	aws.b1_policy_value_list("false") == ["false"]
	aws.b1_policy_value_list(["a", "b"]) == ["a", "b"]
}
