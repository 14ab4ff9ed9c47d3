package plumb.lib.dockerfile_test

import rego.v1

import data.plumb.lib.dockerfile as df

test_stage_label if {
	df.stage_label({"index": 0, "name": "build"}) == `stage "build"`
	df.stage_label({"index": 2}) == "stage 2"
}

test_external_image if {
	df.external_image({"image": "ubuntu", "repository": "library/ubuntu"})
	not df.external_image({"image": "scratch", "scratch": true})
	not df.external_image({"image": "build", "ref_stage": 0})
}

test_sources if {
	df.is_url("https://example.com/a.tgz")
	not df.is_url("./a.tgz")
	df.is_git("https://github.com/org/repo.git#v1.2")
	df.is_git("git@github.com:org/repo.git")
	df.is_archive("dist/app.tar.gz")
	df.is_archive("APP.TGZ")
	not df.is_archive("app.zip")
}

test_cache_mount_covers if {
	run := {"mounts": [{"type": "cache", "target": "/var/lib/apt/"}, {"type": "bind", "target": "/root/.cache"}]}
	df.cache_mount_covers(run, "/var/lib/apt/lists")
	df.cache_mount_covers(run, "/var/lib/apt")
	not df.cache_mount_covers(run, "/var/lib/aptitude")
	not df.cache_mount_covers(run, "/root/.cache/pip")
}

test_removes if {
	df.removes({"commands": [{"program": "rm", "args": ["-rf", "/var/lib/apt/lists/*"]}]}, "/var/lib/apt/lists")
	not df.removes({"commands": [{"program": "ls", "args": ["/var/lib/apt/lists"]}]}, "/var/lib/apt/lists")
}
