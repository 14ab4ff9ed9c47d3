# METADATA
# title: AWS library
# description: >-
#   Helpers over canonical AWS attributes: policy documents and security-group rules.
package plumb.lib.aws

_list_fields := {"Action", "NotAction", "Resource", "NotResource"}

_principal_fields := {"Principal", "NotPrincipal"}

# policy_statements(doc) returns the statements of a policy document as a list, whatever
# form they were written in: a single statement object or a list of them. In each statement
# Action, NotAction, Resource and NotResource become lists of strings, and Principal and
# NotPrincipal become one list of every principal they name ("*" and {"AWS": "*"} both give
# ["*"]; {"AWS": [a, b], "Service": s} gives [a, b, s]). Other fields are kept as written.
# A document still held as a JSON string is parsed first; anything else gives [].
policy_statements(doc) := [_statement(s) |
	some s in _as_list(object.get(_document(doc), "Statement", []))
	is_object(s)
]

_document(doc) := doc if {
	is_object(doc)
} else := d if {
	is_string(doc)
	json.is_valid(doc)
	d := json.unmarshal(doc)
	is_object(d)
} else := {}

_statement(s) := object.union(s, object.union(lists, principals)) if {
	lists := {k: _as_list(v) | some k, v in s; k in _list_fields}
	principals := {k: _principals(v) | some k, v in s; k in _principal_fields}
}

_principals(p) := [id |
	some v in p
	some id in _as_list(v)
] if {
	is_object(p)
	not _unknown(p)
} else := _as_list(p)

# _as_list keeps a list, turns a set into a list and wraps anything else.
_as_list(x) := x if {
	is_array(x)
} else := [e | some e in x] if {
	is_set(x)
} else := [x]

_unknown(x) if x.__plumb_unknown__ == true
