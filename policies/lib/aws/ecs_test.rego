package plumb.lib.aws_test

import rego.v1

import data.plumb.lib.aws

test_ecs_containers_parses_json_strings if {
	got := aws.ecs_containers(`[{"name":"web","image":"nginx:1.27","privileged":true}]`)
	count(got) == 1
	got[0].privileged == true
}

test_ecs_containers_keeps_lists if {
	defs := [{"name": "web", "image": {"__plumb_unknown__": true}}]
	aws.ecs_containers(defs) == defs
}

test_ecs_containers_unknown_or_malformed_is_empty if {
	aws.ecs_containers({"__plumb_unknown__": true}) == []
	aws.ecs_containers("not json") == []
	aws.ecs_containers(`{"name":"web"}`) == []
}

test_ecs_name if {
	aws.ecs_name({"name": "web"}) == "web"
	aws.ecs_name({"image": "nginx"}) == "(unnamed)"
}
