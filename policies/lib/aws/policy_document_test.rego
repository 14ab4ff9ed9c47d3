package plumb.lib.aws_test

import data.plumb.lib.aws

test_single_statement_object_becomes_list if {
	doc := {"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Principal": "*"}}
	aws.policy_statements(doc) == [{
		"Effect": "Allow",
		"Action": ["s3:GetObject"],
		"Resource": ["*"],
		"Principal": ["*"],
	}]
}

test_statement_list_kept_in_order if {
	doc := {"Statement": [
		{"Effect": "Deny", "NotAction": "iam:*", "NotResource": ["a", "b"]},
		{"Effect": "Allow", "Action": ["s3:*", "kms:*"]},
	]}
	aws.policy_statements(doc) == [
		{"Effect": "Deny", "NotAction": ["iam:*"], "NotResource": ["a", "b"]},
		{"Effect": "Allow", "Action": ["s3:*", "kms:*"]},
	]
}

test_principal_forms if {
	cases := [
		["*", ["*"]],
		[{"AWS": "*"}, ["*"]],
		[{"AWS": ["arn:aws:iam::1:root", "arn:aws:iam::2:root"]}, ["arn:aws:iam::1:root", "arn:aws:iam::2:root"]],
		[{"AWS": "arn:aws:iam::1:root", "Service": "ec2.amazonaws.com"}, ["arn:aws:iam::1:root", "ec2.amazonaws.com"]],
	]
	every c in cases {
		[s] := aws.policy_statements({"Statement": [{"Principal": c[0]}]})
		s.Principal == c[1]
	}
}

test_not_principal_normalised if {
	[s] := aws.policy_statements({"Statement": [{"NotPrincipal": {"AWS": "arn:aws:iam::1:root"}}]})
	s.NotPrincipal == ["arn:aws:iam::1:root"]
}

test_condition_and_other_fields_kept if {
	cond := {"Bool": {"aws:SecureTransport": "false"}}
	[s] := aws.policy_statements({"Statement": [{"Sid": "x", "Condition": cond, "Action": "s3:*"}]})
	s.Sid == "x"
	s.Condition == cond
	s.Action == ["s3:*"]
}

test_json_string_document_parsed if {
	[s] := aws.policy_statements(`{"Statement": {"Action": "s3:*", "Effect": "Allow"}}`)
	s.Action == ["s3:*"]
}

test_no_statements if {
	aws.policy_statements({}) == []
	aws.policy_statements({"Version": "2012-10-17"}) == []
	aws.policy_statements("not json") == []
	aws.policy_statements("3") == []
	aws.policy_statements(["Statement"]) == []
	aws.policy_statements(null) == []
	aws.policy_statements({"__plumb_unknown__": true}) == []
	aws.policy_statements({"Statement": ["junk", 3]}) == []
}

test_unknown_action_kept_as_element if {
	[s] := aws.policy_statements({"Statement": [{"Action": {"__plumb_unknown__": true}}]})
	s.Action == [{"__plumb_unknown__": true}]
}
