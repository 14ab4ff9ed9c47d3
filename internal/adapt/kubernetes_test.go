package adapt_test

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/resource"
)

func TestKubernetesKey(t *testing.T) {
	tests := []struct {
		apiVersion, kind, namespace, name string
		want                              string
	}{
		{"apps/v1", "Deployment", "shop", "web", "apps/v1/Deployment shop/web"},
		{"v1", "ConfigMap", "", "settings", "v1/ConfigMap default/settings"},
		{"rbac.authorization.k8s.io/v1", "ClusterRole", "", "admin", "rbac.authorization.k8s.io/v1/ClusterRole admin"},
		{"v1", "Namespace", "ignored", "shop", "v1/Namespace shop"},
		{"cert-manager.io/v1", "ClusterIssuer", "", "letsencrypt", "cert-manager.io/v1/ClusterIssuer letsencrypt"},
		{"example.com/v1", "Widget", "", "w", "example.com/v1/Widget default/w"},
	}
	for _, tt := range tests {
		if got := adapt.KubernetesKey(tt.apiVersion, tt.kind, tt.namespace, tt.name); got != tt.want {
			t.Errorf("KubernetesKey(%q, %q, %q, %q) = %q, want %q", tt.apiVersion, tt.kind, tt.namespace, tt.name, got, tt.want)
		}
	}
	obj := map[string]any{"apiVersion": "batch/v1", "kind": "Job",
		"metadata": map[string]any{"generateName": "migrate-", "namespace": "ops"}}
	if got, want := adapt.KubernetesObjectKey(obj), "batch/v1/Job ops/migrate-"; got != want {
		t.Errorf("KubernetesObjectKey(generateName) = %q, want %q", got, want)
	}
}

// liveSecret is a Secret as the API returns it: server fields, a last-applied annotation
// that repeats the data, and the values themselves.
func liveSecret() map[string]any {
	return map[string]any{
		"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
		"metadata": map[string]any{
			"name": "db", "namespace": "shop", "uid": "0d7f", "resourceVersion": "42",
			"creationTimestamp": "2026-01-01T00:00:00Z", "generation": int64(1),
			"managedFields": []any{map[string]any{"manager": "kubectl"}},
			"selfLink":      "/api/v1/namespaces/shop/secrets/db",
			"annotations": map[string]any{
				adapt.LastAppliedAnnotation: `{"data":{"password":"aHVudGVyMg=="}}`,
			},
			"labels": map[string]any{"app": "db"},
		},
		"data":       map[string]any{"password": "aHVudGVyMg==", "tls.crt": "LS0tLS1CRUdJTi=="},
		"stringData": map[string]any{"dsn": "postgres://admin:hunter2@db/shop"},
		"status":     map[string]any{"anything": true},
	}
}

func TestNewKubernetesResourceNormalises(t *testing.T) {
	r := adapt.NewKubernetesResource(liveSecret(), resource.OriginLiveKubernetes)
	if r.Key != "v1/Secret shop/db" || r.Type != "Secret" || r.Origin != resource.OriginLiveKubernetes {
		t.Errorf("key, type, origin = %q, %q, %q", r.Key, r.Type, r.Origin)
	}
	want := map[string]any{
		"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
		"metadata":   map[string]any{"name": "db", "namespace": "shop", "labels": map[string]any{"app": "db"}},
		"data":       map[string]any{"password": "", "tls.crt": ""},
		"stringData": map[string]any{"dsn": ""},
	}
	if !reflect.DeepEqual(r.Attributes, want) {
		t.Errorf("normalised Secret =\n%v\nwant\n%v", r.Attributes, want)
	}
}

// TestNormaliseKubernetesLocations: what is removed loses its locations, a hidden value
// keeps its key's location, and a Secret's data that is not a map goes entirely.
func TestNormaliseKubernetesLocations(t *testing.T) {
	r := &resource.Resource{Key: "v1/Secret shop/db", Type: "Secret", Origin: resource.OriginKubernetes,
		Attributes: liveSecret()}
	at := func(l int) resource.Location { return resource.Location{File: "s.yaml", StartLine: l, EndLine: l} }
	for path, line := range map[string]int{
		"": 1, "metadata": 2, "metadata.uid": 3, "metadata.managedFields": 4, "metadata.managedFields.0": 5,
		"metadata.managedFields.0.manager": 5, "metadata.annotations": 6,
		"metadata.annotations." + adapt.LastAppliedAnnotation: 7, "data": 8, "data.password": 9,
		"data.tls.crt": 10, "status": 11, "status.anything": 12,
	} {
		r.Locations = mergeLoc(r.Locations, path, at(line))
	}
	r.Unknowns = []resource.Path{{"data", "password"}}
	adapt.NormaliseKubernetes(r)
	var got []string
	for k := range r.Locations {
		got = append(got, k)
	}
	sort.Strings(got)
	want := []string{"", "data", "data.password", "data.tls.crt", "metadata"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("locations after normalising = %q, want %q", got, want)
	}
	if len(r.Unknowns) != 0 {
		t.Errorf("unknowns = %v, want none (the value is hidden)", r.Unknowns)
	}
	if _, ok := r.Attributes["metadata"].(map[string]any)["annotations"]; ok {
		t.Error("annotations left empty instead of removed")
	}

	bad := &resource.Resource{Type: "ConfigMap", Attributes: map[string]any{"kind": "ConfigMap", "data": "inline text"}}
	adapt.NormaliseKubernetes(bad)
	if _, ok := bad.Attributes["data"]; ok {
		t.Errorf("ConfigMap data that is not a map kept: %v", bad.Attributes["data"])
	}
}

func mergeLoc(m map[string]resource.Location, k string, l resource.Location) map[string]resource.Location {
	if m == nil {
		m = map[string]resource.Location{}
	}
	m[k] = l
	return m
}

// TestPodPathEveryWorkloadKind builds each workload kind by hand and checks that its
// template lands at pod.spec and pod.metadata with the template's locations and unknowns.
func TestPodPathEveryWorkloadKind(t *testing.T) {
	template := func() map[string]any {
		return map[string]any{
			"metadata": map[string]any{"labels": map[string]any{"app.kubernetes.io/name": "web"}},
			"spec":     map[string]any{"hostNetwork": true, "containers": []any{map[string]any{"name": "c", "image": resource.Unknown{}}}},
		}
	}
	for _, kind := range adapt.KubernetesWorkloadKinds() {
		t.Run(kind, func(t *testing.T) {
			var prefix resource.Path
			attrs := map[string]any{"apiVersion": "v1", "kind": kind, "metadata": map[string]any{"name": "x"}}
			switch kind {
			case "Pod":
				for k, v := range template() {
					attrs[k] = v
				}
				attrs["metadata"].(map[string]any)["name"] = "x"
			case "CronJob":
				attrs["spec"] = map[string]any{"jobTemplate": map[string]any{"spec": map[string]any{"template": template()}}}
				prefix = resource.Path{"spec", "jobTemplate", "spec", "template"}
			default:
				attrs["spec"] = map[string]any{"template": template()}
				prefix = resource.Path{"spec", "template"}
			}
			r := &resource.Resource{Key: kind + " x", Type: kind, Origin: resource.OriginKustomize, Attributes: attrs,
				Locations: map[string]resource.Location{}}
			src := func(rest ...any) string { return prefix.Append(rest...).String() }
			r.Locations[""] = resource.Location{File: "f.yaml", StartLine: 1, EndLine: 40}
			r.Locations[src("spec", "hostNetwork")] = resource.Location{File: "f.yaml", StartLine: 20, EndLine: 20}
			r.Locations[src("metadata", "labels", "app.kubernetes.io/name")] = resource.Location{File: "f.yaml", StartLine: 12, EndLine: 12}
			r.Unknowns = []resource.Path{prefix.Append("spec", "containers", 0, "image")}
			out := adapt.Canonical([]*resource.Resource{r})[0]

			if v, _ := resource.Get(out.Attributes, resource.Path{"pod", "spec", "hostNetwork"}); v != true {
				t.Errorf("pod.spec.hostNetwork = %v", v)
			}
			if l := out.LocationOf(resource.Path{"pod", "spec", "hostNetwork"}); l.StartLine != 20 {
				t.Errorf("pod.spec.hostNetwork at %s, want line 20", l)
			}
			if l := out.LocationOf(resource.Path{"pod", "metadata", "labels", "app.kubernetes.io/name"}); l.StartLine != 12 {
				t.Errorf("pod label at %s, want line 12", l)
			}
			if !containsPath(out.Unknowns, "pod.spec.containers.0.image") {
				t.Errorf("unknowns %v lack pod.spec.containers.0.image", out.Unknowns)
			}
			// The copy is deep: the canonical path does not alias the template.
			out.Attributes["pod"].(map[string]any)["spec"].(map[string]any)["hostNetwork"] = false
			if v, _ := resource.Get(out.Attributes, prefix.Append("spec", "hostNetwork")); v != true {
				t.Error("pod.spec aliases the template")
			}
			if _, ok := r.Attributes["pod"]; ok {
				t.Error("Canonical changed its input")
			}
		})
	}
}

func containsPath(ps []resource.Path, s string) bool {
	for _, p := range ps {
		if p.String() == s {
			return true
		}
	}
	return false
}

func TestKubernetesReferences(t *testing.T) {
	obj := func(apiVersion, kind, ns, name string, rest map[string]any) *resource.Resource {
		md := map[string]any{"name": name}
		if ns != "" {
			md["namespace"] = ns
		}
		attrs := map[string]any{"apiVersion": apiVersion, "kind": kind, "metadata": md}
		for k, v := range rest {
			attrs[k] = v
		}
		return adapt.NewKubernetesResource(attrs, resource.OriginKubernetes)
	}
	tmpl := func(labels map[string]any, sa string) map[string]any {
		spec := map[string]any{"containers": []any{}}
		if sa != "" {
			spec["serviceAccountName"] = sa
		}
		return map[string]any{"template": map[string]any{"metadata": map[string]any{"labels": labels}, "spec": spec}}
	}
	rs := []*resource.Resource{
		obj("apps/v1", "Deployment", "shop", "api", map[string]any{"spec": tmpl(map[string]any{"app": "api", "tier": "be"}, "api")}),
		obj("apps/v1", "Deployment", "other", "api", map[string]any{"spec": tmpl(map[string]any{"app": "api"}, "")}),
		obj("v1", "Pod", "shop", "debug", map[string]any{"spec": map[string]any{"serviceAccount": "legacy"}}),
		obj("v1", "Service", "shop", "api", map[string]any{"spec": map[string]any{"selector": map[string]any{"app": "api"}}}),
		obj("v1", "Service", "shop", "headless", map[string]any{"spec": map[string]any{"clusterIP": "None"}}),
		obj("v1", "ServiceAccount", "shop", "api", nil),
		obj("rbac.authorization.k8s.io/v1", "RoleBinding", "shop", "rb", map[string]any{
			"roleRef": map[string]any{"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "view"},
			"subjects": []any{
				map[string]any{"kind": "ServiceAccount", "name": "api"},
				map[string]any{"kind": "Group", "name": "devs"},
				map[string]any{"kind": "ServiceAccount", "name": "ci", "namespace": "build"},
			}}),
		obj("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", "", "crb", map[string]any{
			"roleRef":  map[string]any{"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"},
			"subjects": []any{map[string]any{"kind": "ServiceAccount", "name": "nowhere"}}}),
	}
	got := map[string][]string{}
	for _, r := range adapt.Canonical(rs) {
		for _, ref := range r.References {
			got[r.Key] = append(got[r.Key], ref.Attribute+" -> "+ref.Target)
		}
	}
	want := map[string][]string{
		"apps/v1/Deployment shop/api":  {"pod.spec.serviceAccountName -> v1/ServiceAccount shop/api"},
		"apps/v1/Deployment other/api": {"pod.spec.serviceAccountName -> v1/ServiceAccount other/default"},
		"v1/Pod shop/debug":            {"pod.spec.serviceAccountName -> v1/ServiceAccount shop/legacy"},
		"v1/Service shop/api":          {"spec.selector -> apps/v1/Deployment shop/api"},
		"rbac.authorization.k8s.io/v1/RoleBinding shop/rb": {
			"roleRef -> rbac.authorization.k8s.io/v1/ClusterRole view",
			"subjects.0 -> v1/ServiceAccount shop/api",
			"subjects.2 -> v1/ServiceAccount build/ci",
		},
		"rbac.authorization.k8s.io/v1/ClusterRoleBinding crb": {"roleRef -> rbac.authorization.k8s.io/v1/ClusterRole cluster-admin"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("references:\n%s\nwant:\n%s", dumpRefs(got), dumpRefs(want))
	}
}

func dumpRefs(m map[string][]string) string {
	var b strings.Builder
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		b.WriteString("  " + k + "\n")
		for _, r := range m[k] {
			b.WriteString("    " + r + "\n")
		}
	}
	return b.String()
}
