# METADATA
# title: Plumb library
# description: >-
#   Helpers every rule may use. A library package has no custom.id and produces no findings.
package plumb.lib

# unknown(x) is true when x is the marker Plumb puts where a value cannot be known before
# apply (a variable with no value, a computed attribute). The engine already keeps a rule from
# firing on an unknown value; use this to say something more precise, or to skip work.
unknown(x) if {
	is_object(x)
	x.__plumb_unknown__ == true
}

# known(x) is true when x is a value rather than the unknown marker.
known(x) if not unknown(x)
