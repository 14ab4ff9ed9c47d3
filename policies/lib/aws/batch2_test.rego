package plumb.lib.aws_test

import data.plumb.lib.aws

test_b2_statements_at_list_keeps_indexes if {
	doc := {"Statement": [
		{"Effect": "Allow", "Action": "s3:GetObject", "Resource": {"__plumb_unknown__": true}},
		{"Effect": "Allow", "Action": "*", "Resource": "*"},
	]}
	got := aws.b2_statements_at(doc, ["policy"])
	[s.path | some s in got] == [["policy", "Statement", 0], ["policy", "Statement", 1]]
	got[1].stmt.Action == "*"
}

test_b2_statements_at_single_object if {
	doc := {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}
	[s.path | some s in aws.b2_statements_at(doc, ["policy"])] == [["policy", "Statement"]]
}

test_b2_statements_at_parses_json_strings if {
	raw := `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}`
	got := aws.b2_statements_at(raw, ["inline_policy", 0, "policy"])
	[s.path | some s in got] == [["inline_policy", 0, "policy", "Statement", 0]]
	got[0].stmt.Effect == "Deny"
}

test_b2_statements_at_unknown_or_malformed_is_empty if {
	aws.b2_statements_at({"__plumb_unknown__": true}, ["policy"]) == []
	aws.b2_statements_at("not json", ["policy"]) == []
	aws.b2_statements_at({"Statement": {"__plumb_unknown__": true}}, ["policy"]) == []
	aws.b2_statements_at({"Version": "2012-10-17"}, ["policy"]) == []
}

test_b2_public_unconditioned if {
	aws.b2_public_unconditioned({"Effect": "Allow", "Principal": "*"})
	aws.b2_public_unconditioned({"Effect": "Allow", "Principal": {"AWS": "*"}})
	aws.b2_public_unconditioned({"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"]}})
	aws.b2_public_unconditioned({"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"}})
	not aws.b2_public_unconditioned({"Effect": "Deny", "Principal": "*"})
	not aws.b2_public_unconditioned({"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}})
	not aws.b2_public_unconditioned({"Effect": "Allow", "Principal": {"AWS": {"__plumb_unknown__": true}}})
	not aws.b2_public_unconditioned({
		"Effect": "Allow", "Principal": "*",
		"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}},
	})
}

test_b2_public_principal_with_empty_condition_counts if {
	aws.b2_public_unconditioned({"Effect": "Allow", "Principal": "*", "Condition": {}})
}

test_b2_action_matches if {
	aws.b2_action_matches("iam:PassRole", "iam:passrole")
	aws.b2_action_matches("IAM:Pass*", "iam:passrole")
	aws.b2_action_matches("iam:*", "iam:passrole")
	aws.b2_action_matches("iam:?assRole", "iam:passrole")
	not aws.b2_action_matches("iam:Get*", "iam:passrole")
	not aws.b2_action_matches("s3:*", "iam:passrole")
	not aws.b2_action_matches({"__plumb_unknown__": true}, "iam:passrole")
}

test_b2_list if {
	aws.b2_list("*") == ["*"]
	aws.b2_list(["a", "b"]) == ["a", "b"]
	aws.b2_list({"__plumb_unknown__": true}) == []
}

test_b2_resource_any if {
	aws.b2_resource_any({"Resource": "*"})
	aws.b2_resource_any({"Resource": ["arn:aws:s3:::a", "*"]})
	not aws.b2_resource_any({"Resource": "arn:aws:s3:::a/*"})
	not aws.b2_resource_any({"NotResource": "*"})
}

test_action_service_may_be if {
	aws.b2_action_service_may_be("iam:PutRolePolicy", "iam")
	aws.b2_action_service_may_be("IAM:Put*", "iam")
	aws.b2_action_service_may_be("i*:*", "iam")
	aws.b2_action_service_may_be("*", "iam")
	not aws.b2_action_service_may_be("s3:GetObject", "iam")
	not aws.b2_action_service_may_be("kms:Decrypt", "iam")
}
