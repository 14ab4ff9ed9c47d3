package plumb.lib_test

import data.plumb.lib

test_unknown_marker if lib.unknown({"__plumb_unknown__": true})

test_unknown_not_values if {
	not lib.unknown(true)
	not lib.unknown("__plumb_unknown__")
	not lib.unknown({"__plumb_unknown__": false})
	not lib.unknown({})
	not lib.unknown(null)
	not lib.unknown([{"__plumb_unknown__": true}])
}

test_known if {
	lib.known("x")
	lib.known({})
	not lib.known({"__plumb_unknown__": true})
}
