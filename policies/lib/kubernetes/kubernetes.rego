# METADATA
# title: Kubernetes helpers
# description: >-
#   Helpers for rules about Kubernetes objects: the containers of a workload's pod template
#   (read at the canonical input.attributes.pod path, so one rule covers every workload kind),
#   image references, environment variable names, and RBAC policy rules.
package plumb.lib.kubernetes

import rego.v1

# --- Pod templates -------------------------------------------------------------------------

# pod_spec is the workload's PodSpec, whatever the kind (Pod, Deployment, CronJob, ...).
pod_spec := s if {
	s := input.attributes.pod.spec
	is_object(s)
}

# pod_security_context is the pod-level securityContext, {} when absent.
pod_security_context := sc if {
	sc := pod_spec.securityContext
	is_object(sc)
} else := {}

# pod_annotations are the pod template's annotations, {} when absent.
pod_annotations := a if {
	a := input.attributes.pod.metadata.annotations
	is_object(a)
} else := {}

# windows_pod is true when the pod declares it runs on Windows; the restricted profile
# exempts such pods from the Linux-only controls (seccomp, capabilities, privilege escalation).
windows_pod if pod_spec.os.name == "windows"

container_fields := ["containers", "initContainers", "ephemeralContainers"]

# containers is every container of the pod template (regular, init and ephemeral), each as
# {"container", "path", "name", "field"}; path is the container's attribute path, for example
# ["pod", "spec", "initContainers", 0].
containers contains {"container": c, "path": ["pod", "spec", field, i], "name": _name(c, field, i), "field": field} if {
	some field in container_fields
	list := pod_spec[field]
	is_array(list)
	some i, c in list
	is_object(c)
}

# app_containers are the regular and init containers: the ones that may declare resources
# (ephemeral containers cannot).
app_containers contains e if {
	some e in containers
	e.field != "ephemeralContainers"
}

# main_containers are the regular containers: the ones that may declare probes.
main_containers contains e if {
	some e in containers
	e.field == "containers"
}

_name(c, field, i) := c.name if {
	is_string(c.name)
} else := sprintf("%s[%d]", [field, i])

# security_context(c) is a container's securityContext, {} when absent.
security_context(c) := sc if {
	sc := c.securityContext
	is_object(sc)
} else := {}

# container_label(e) names a container in messages: `container "web"` or `init container "migrate"`.
container_label(e) := sprintf("container %q", [e.name]) if {
	e.field == "containers"
} else := sprintf("init container %q", [e.name]) if {
	e.field == "initContainers"
} else := sprintf("ephemeral container %q", [e.name])

# --- Images --------------------------------------------------------------------------------

# image_digest(ref) is the digest of an image reference ("sha256:..."), "" when not pinned.
image_digest(ref) := d if {
	parts := split(ref, "@")
	count(parts) == 2
	d := parts[1]
} else := ""

# image_tag(ref) is the tag of an image reference, "" when it has none.
image_tag(ref) := t if {
	comps := split(split(ref, "@")[0], "/")
	p := split(comps[count(comps) - 1], ":")
	count(p) == 2
	t := p[1]
} else := ""

# image_registry(ref) is the registry host an image is pulled from; Docker Hub ("docker.io")
# when the reference names none.
image_registry(ref) := split(split(ref, "@")[0], "/")[0] if {
	_explicit_registry(ref)
} else := "docker.io"

# image_repository(ref) is the normalised repository: registry, path, no tag or digest
# ("nginx:1.27" is "docker.io/library/nginx").
image_repository(ref) := concat("/", [image_registry(ref), _image_path(ref)])

_explicit_registry(ref) if {
	comps := split(split(ref, "@")[0], "/")
	count(comps) > 1
	_host_like(comps[0])
}

_host_like(s) if contains(s, ".")

_host_like(s) if contains(s, ":")

_host_like("localhost")

_image_path(ref) := p if {
	comps := split(split(ref, "@")[0], "/")
	rest := _after_registry(ref, comps)
	n := count(rest)
	no_tag := array.concat(array.slice(rest, 0, n - 1), [split(rest[n - 1], ":")[0]])
	p := _library(ref, concat("/", no_tag))
}

_after_registry(ref, comps) := array.slice(comps, 1, count(comps)) if {
	_explicit_registry(ref)
} else := comps

_library(ref, p) := concat("/", ["library", p]) if {
	not _explicit_registry(ref)
	not contains(p, "/")
} else := p

# image_trusted(ref, trusted) is true when the image comes from one of the trusted entries: a
# registry host ("registry.example.com", "docker.io") or a registry and path prefix
# ("ghcr.io/example-org"). Comparison is case-insensitive and by whole path segments.
image_trusted(ref, trusted) if {
	full := lower(image_repository(ref))
	some entry in trusted
	is_string(entry)
	e := trim_suffix(lower(entry), "/")
	_prefix_of(e, full)
}

_prefix_of(e, full) if e == full

_prefix_of(e, full) if startswith(full, concat("", [e, "/"]))

# --- Environment ---------------------------------------------------------------------------

# secret_like_name(name) is true when an environment variable's name says it holds a
# credential (DB_PASSWORD, apiKey, GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY), and not merely where
# one is found or how it behaves (TLS_KEY_FILE, TOKEN_TTL, AWS_ACCESS_KEY_ID).
secret_like_name(name) if {
	segs := _segments(name)
	some s in segs
	_secret_word(s)
	not _harmless_last(segs[count(segs) - 1])
}

_segments(name) := [s | some s in regex.split(`[^A-Z0-9]+`, upper(name)); s != ""]

_secret_word(s) if s in {"PASSWORD", "PASSWD", "PWD", "SECRET", "TOKEN", "KEY", "APIKEY", "CREDENTIAL", "CREDENTIALS", "PASSPHRASE"}

_secret_word(s) if {
	some suffix in {"PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "SECRETKEY", "ACCESSKEY", "PRIVATEKEY", "PASSPHRASE"}
	endswith(s, suffix)
}

_harmless_last(s) if s in {
	"FILE", "PATH", "DIR", "URL", "URI", "NAME", "ID", "TTL", "TIMEOUT", "LENGTH", "EXPIRY",
	"EXPIRES", "ENABLED", "HEADER", "TYPE", "REF", "LOCATION", "SIZE", "ALGORITHM", "ISSUER",
	"AUDIENCE", "ENDPOINT", "ROTATION", "LIFETIME", "PREFIX", "FORMAT",
}

# --- RBAC ----------------------------------------------------------------------------------

# rbac_default_object is true for the roles and bindings Kubernetes itself creates and keeps
# reconciled (names starting with "system:", or labelled kubernetes.io/bootstrapping:
# rbac-defaults, such as cluster-admin, admin, edit and view): rules judge what users add.
rbac_default_object if startswith(input.attributes.metadata.name, "system:")

rbac_default_object if input.attributes.metadata.labels["kubernetes.io/bootstrapping"] == "rbac-defaults"

# policy_rules is every rule of a Role or ClusterRole, as {"rule", "index"}.
policy_rules contains {"rule": r, "index": i} if {
	rules := input.attributes.rules
	is_array(rules)
	some i, r in rules
	is_object(r)
}

# verb_indexes(r, wanted) is the set of indexes in r.verbs that grant one of the wanted verbs
# (a "*" grants every verb).
verb_indexes(r, wanted) := {j |
	some j, v in _list(r.verbs)
	_verb_matches(v, wanted)
}

_verb_matches("*", _)

_verb_matches(v, wanted) if v in wanted

# grants_any_verb(r, wanted) is true when r grants at least one of the wanted verbs.
grants_any_verb(r, wanted) if count(verb_indexes(r, wanted)) > 0

# resource_indexes(r, group, names) is the set of indexes in r.resources that name one of the
# resources, provided r applies to the API group (or "*"). A "*" resource is not counted:
# rules that judge access to a named resource leave wildcards to the wildcard rules.
resource_indexes(r, group, names) := {j |
	in_group(r, group)
	some j, res in _list(r.resources)
	res in names
}

# in_group(r, group) is true when r's apiGroups include group ("" is the core group) or "*".
in_group(r, group) if {
	some g in _list(r.apiGroups)
	g in {"*", group}
}

# binding_subjects is every subject of a RoleBinding or ClusterRoleBinding, as
# {"subject", "index"}.
binding_subjects contains {"subject": s, "index": j} if {
	subjects := input.attributes.subjects
	is_array(subjects)
	some j, s in subjects
	is_object(s)
}

_list(x) := x if is_array(x)

_list(x) := [] if not is_array(x)
