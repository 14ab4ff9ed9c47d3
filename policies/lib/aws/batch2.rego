# Helpers for the IAM, KMS, Lambda, ECR, SNS and SQS rules: policy documents read statement by
# statement, each with its path, whatever form the document was written in. Every name starts
# with b2_ because other files share this package.
#
# Rules pass the attribute itself (input.attributes.policy), never the whole attribute tree, so
# that the engine sees exactly which paths a rule reads when it weighs unknown values.
package plumb.lib.aws

import rego.v1

# b2_unknown holds when x is the marker of a value Plumb cannot know before apply.
b2_unknown(x) if {
	is_object(x)
	x.__plumb_unknown__ == true
}

# b2_list turns an IAM "string or list of strings" field into a list; anything else
# (absent, unknown) is the empty list.
b2_list(x) := x if {
	is_array(x)
} else := [x] if {
	is_string(x)
} else := []

# b2_doc returns a policy document as an object: a document left as a JSON string is parsed
# here; an unknown or malformed one becomes the empty object.
b2_doc(x) := x if {
	is_object(x)
	not b2_unknown(x)
} else := json.unmarshal(x) if {
	is_string(x)
	json.is_valid(x)
} else := {}

# b2_statements_at(raw, base) lists the statements of the document raw (an object or a JSON
# string) as {"path": <base + path of the statement>, "stmt": <statement>}: the statement path
# is ["Statement", i] when Statement is a list, ["Statement"] when it is a single object.
b2_statements_at(raw, base) := [{"path": array.concat(base, ["Statement", i]), "stmt": s} |
	some i, s in doc.Statement
	is_object(s)
	not b2_unknown(s)
] if {
	doc := b2_doc(raw)
	is_array(doc.Statement)
} else := [{"path": array.concat(base, ["Statement"]), "stmt": doc.Statement}] if {
	doc := b2_doc(raw)
	is_object(doc.Statement)
	not b2_unknown(doc.Statement)
} else := []

# b2_allows holds for a statement whose effect is Allow.
b2_allows(stmt) if stmt.Effect == "Allow"

# b2_public_principal holds when a statement's Principal names everyone: "*" or {"AWS": "*"}
# (as a string or inside a list).
b2_public_principal(stmt) if stmt.Principal == "*"

b2_public_principal(stmt) if {
	is_object(stmt.Principal)
	some p in b2_list(stmt.Principal.AWS)
	p == "*"
}

# b2_has_condition holds when a statement carries a Condition block that is not empty (or
# cannot be known: an unknown condition is given the benefit of the doubt).
b2_has_condition(stmt) if {
	is_object(stmt.Condition)
	count(stmt.Condition) > 0
}

# b2_public_unconditioned holds for an Allow statement open to every principal with no
# Condition narrowing it. A NotPrincipal under Allow counts: it grants all but a few.
b2_public_unconditioned(stmt) if {
	b2_allows(stmt)
	b2_public_principal(stmt)
	not b2_has_condition(stmt)
}

b2_public_unconditioned(stmt) if {
	b2_allows(stmt)
	_ = stmt.NotPrincipal
	not b2_has_condition(stmt)
}

# b2_resource_any holds when a statement applies to every resource.
b2_resource_any(stmt) if {
	some r in b2_list(stmt.Resource)
	r == "*"
}

# b2_action_service_may_be(pattern, service) holds when an IAM action pattern can match
# some action of the lower-case service: its part before ":" matches the service name (a
# pattern with no ":", such as "*", may match anything).
b2_action_service_may_be(pattern, service) if {
	is_string(pattern)
	parts := split(lower(pattern), ":")
	count(parts) == 2
	glob.match(parts[0], null, service)
}

b2_action_service_may_be(pattern, _) if {
	is_string(pattern)
	not contains(pattern, ":")
}

# b2_action_matches(pattern, action) holds when an IAM action pattern (with * and ?
# wildcards, compared case-insensitively) covers the lower-case action name.
b2_action_matches(pattern, action) if {
	is_string(pattern)
	glob.match(lower(pattern), null, action)
}
