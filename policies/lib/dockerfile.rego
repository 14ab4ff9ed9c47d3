# METADATA
# title: Dockerfile helpers
# description: >-
#   Helpers for rules about Dockerfiles (type dockerfile, see docs/canonical-model.md): what a
#   FROM builds on, what a source of ADD is, which programs a RUN starts, and whether a RUN
#   keeps a directory in a BuildKit cache mount rather than in the image.
package plumb.lib.dockerfile

import rego.v1

# stage_label names a stage in messages: its AS name, or its index.
stage_label(stage) := sprintf("stage %q", [stage.name]) if {
	is_string(stage.name)
} else := sprintf("stage %d", [stage.index])

# external_image(from) is true when a FROM builds on an image from a registry: not scratch
# and not an earlier stage of the same file.
external_image(from) if {
	not from.scratch
	not builds_on_stage(from)
	from.image != ""
}

# builds_on_stage(from) is true when a FROM names an earlier stage.
builds_on_stage(from) if is_number(from.ref_stage)

# is_url(s) is true for a source that ADD downloads.
is_url(s) if regex.match(`^[A-Za-z][A-Za-z0-9+.-]*://`, s)

# is_git(s) is true for a Git repository source, which ADD clones.
is_git(s) if regex.match(`^git@|^git://|\.git(#.*)?$`, s)

# is_archive(s) is true for a local tar archive, which ADD extracts (COPY does not).
is_archive(s) if regex.match(`(?i)\.(tar|tgz|tbz2?|txz|tzst|tar\.(gz|bz2|xz|zst|lz|lzma))$`, s)

# interpreter(program) is true for programs that run a script read from stdin or a file.
interpreter(program) if regex.match(`^(sh|bash|dash|ash|zsh|ksh|python[0-9.]*|perl|ruby|node|php)$`, program)

# cache_mount_covers(run, dir) is true when the RUN mounts a BuildKit cache at dir or at a
# directory above it: what is written there stays out of the image.
cache_mount_covers(run, dir) if {
	some m in run.mounts
	m.type == "cache"
	target := trim_right(m.target, "/")
	target != ""
	startswith(concat("", [dir, "/"]), concat("", [target, "/"]))
}

# removes(run, dir) is true when the RUN deletes dir or something inside it with rm.
removes(run, dir) if {
	some c in run.commands
	c.program == "rm"
	some a in c.args
	startswith(a, dir)
}
