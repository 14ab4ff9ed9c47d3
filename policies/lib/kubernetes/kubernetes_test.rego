package plumb.lib.kubernetes_test

import data.plumb.lib.kubernetes as k8s
import rego.v1

test_image_parts if {
	cases := [
		# ref, registry, repository, tag, digest
		["nginx", "docker.io", "docker.io/library/nginx", "", ""],
		["nginx:1.27", "docker.io", "docker.io/library/nginx", "1.27", ""],
		["bitnami/redis:7.2", "docker.io", "docker.io/bitnami/redis", "7.2", ""],
		["registry.example.com/team/app:1.0", "registry.example.com", "registry.example.com/team/app", "1.0", ""],
		["localhost:5000/app", "localhost:5000", "localhost:5000/app", "", ""],
		["localhost/app:dev", "localhost", "localhost/app", "dev", ""],
		["registry.example.com:8443/a/b/c:2@sha256:abc", "registry.example.com:8443", "registry.example.com:8443/a/b/c", "2", "sha256:abc"],
		["ghcr.io/org/app@sha256:def", "ghcr.io", "ghcr.io/org/app", "", "sha256:def"],
	]
	every c in cases {
		k8s.image_registry(c[0]) == c[1]
		k8s.image_repository(c[0]) == c[2]
		k8s.image_tag(c[0]) == c[3]
		k8s.image_digest(c[0]) == c[4]
	}
}

test_image_trusted if {
	trusted := ["registry.example.com", "ghcr.io/example-org/", "Docker.io/library"]
	every ref in ["registry.example.com/app:1", "REGISTRY.example.com/x/y", "ghcr.io/example-org/app:2", "nginx:1.27", "docker.io/library/redis"] {
		k8s.image_trusted(ref, trusted)
	}
	every ref in ["registry.example.com.evil.io/app", "ghcr.io/example-org-evil/app", "ghcr.io/app", "bitnami/redis", "quay.io/x/y"] {
		not k8s.image_trusted(ref, trusted)
	}
}

test_secret_like_name if {
	every name in ["DB_PASSWORD", "dbPassword", "API_KEY", "apiKey", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "SECRET_KEY_BASE", "STRIPE_SECRET", "smtp-passwd", "SIGNING_KEY", "CLIENT_SECRET"] {
		k8s.secret_like_name(name)
	}
	every name in ["TLS_KEY_FILE", "TOKEN_TTL", "AWS_ACCESS_KEY_ID", "PASSWORD_MIN_LENGTH", "KEYCLOAK_URL", "MONKEY", "LOG_LEVEL", "TOKENIZER_MODEL", "SECRET_NAME"] {
		not k8s.secret_like_name(name)
	}
}

test_containers_every_list if {
	spec := {
		"containers": [{"name": "app"}, {}],
		"initContainers": [{"name": "init"}],
		"ephemeralContainers": [{"name": "debug"}],
	}
	got := k8s.containers with input as {"attributes": {"pod": {"spec": spec}}}
	paths := {e.path | some e in got}
	paths == {
		["pod", "spec", "containers", 0],
		["pod", "spec", "containers", 1],
		["pod", "spec", "initContainers", 0],
		["pod", "spec", "ephemeralContainers", 0],
	}
	names := {e.name | some e in got}
	names == {"app", "containers[1]", "init", "debug"}
}

test_app_containers_leave_out_ephemeral if {
	spec := {"containers": [{"name": "app"}], "ephemeralContainers": [{"name": "debug"}]}
	got := k8s.app_containers with input as {"attributes": {"pod": {"spec": spec}}}
	{e.name | some e in got} == {"app"}
}

test_rbac_matching if {
	r := {"apiGroups": [""], "resources": ["pods", "pods/exec"], "verbs": ["get", "create"]}
	k8s.resource_indexes(r, "", {"pods/exec"}) == {1}
	k8s.verb_indexes(r, {"create", "update"}) == {1}
	k8s.resource_indexes(r, "apps", {"pods/exec"}) == set()
	w := {"apiGroups": ["*"], "resources": ["*", "deployments"], "verbs": ["*"]}
	k8s.resource_indexes(w, "apps", {"deployments"}) == {1}
	k8s.grants_any_verb(w, {"escalate"})
	not k8s.grants_any_verb({"verbs": ["get"]}, {"list"})
	not k8s.grants_any_verb({}, {"list"})
}
