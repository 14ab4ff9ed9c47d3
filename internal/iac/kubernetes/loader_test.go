package kubernetes_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/iac/kubernetes"
	"github.com/plumbsec/plumb/internal/resource"
)

const manifests = "testdata/manifests"

// loadManifests loads every file of testdata/manifests, as the scan would.
func loadManifests(t *testing.T) *iac.Result {
	t.Helper()
	root, err := filepath.Abs(manifests)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		files = append(files, filepath.Join(root, e.Name()))
	}
	return kubernetes.Load(context.Background(), root, files)
}

func byKey(rs []*resource.Resource) map[string]*resource.Resource {
	out := map[string]*resource.Resource{}
	for _, r := range rs {
		out[r.Key] = r
	}
	return out
}

func TestKeys(t *testing.T) {
	res := loadManifests(t)
	var got []string
	for _, r := range res.Resources {
		if r.Origin != resource.OriginKubernetes || r.Type != r.Attributes["kind"] {
			t.Errorf("%s: origin %q, type %q", r.Key, r.Origin, r.Type)
		}
		got = append(got, r.Key)
	}
	want := []string{
		// deployments.json: a typed list whose items leave out apiVersion and kind
		"apps/v1/Deployment web/front",
		"apps/v1/Deployment web/back",
		// exported.yaml: a List
		"v1/Pod web/web-0",
		"v1/Secret web/web-token",
		// pod.json
		"v1/Pod ops/debug",
		// shop.yaml: the broken ConfigMap between the Service and the StatefulSet is missing
		"v1/Namespace shop",
		"v1/ServiceAccount shop/api",
		"apps/v1/Deployment shop/api",
		"v1/Service shop/api",
		"apps/v1/StatefulSet shop/db",
		"v1/Secret shop/db-credentials",
		"v1/ConfigMap shop/api-config",
		// workloads.yaml
		"batch/v1/CronJob ops/report",
		"batch/v1/Job ops/migrate",
		"apps/v1/DaemonSet kube-system/node-agent",
		"apps/v1/ReplicaSet default/legacy",
		"v1/ReplicationController default/older",
		"v1/Service default/legacy",
		"rbac.authorization.k8s.io/v1/Role ops/report-reader",
		"rbac.authorization.k8s.io/v1/RoleBinding ops/report-reader",
		"rbac.authorization.k8s.io/v1/ClusterRoleBinding agent-admin",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("keys:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	wantFiles := []string{"deployments.json", "exported.yaml", "pod.json", "shop.yaml", "workloads.yaml"}
	if !reflect.DeepEqual(res.Files, wantFiles) {
		t.Errorf("files = %v, want %v", res.Files, wantFiles)
	}
}

// TestLocations checks where attributes were set, before and after adaptation: every
// workload kind's pod path points at the template's lines. text is a fragment of the
// start line, so that a reader sees what the line holds.
func TestLocations(t *testing.T) {
	res := loadManifests(t)
	canonical := byKey(adapt.Canonical(res.Resources))
	tests := []struct {
		key, path  string
		file       string
		start, end int
		text       string
	}{
		// The whole object, from its first key to its last value; comments above are not in.
		{"apps/v1/Deployment shop/api", "", "shop.yaml", 18, 56, "apiVersion: apps/v1"},
		{"apps/v1/Deployment shop/api", "spec.template.spec.containers.0", "shop.yaml", 38, 51, "- name: api"},
		{"apps/v1/Deployment shop/api", "spec.template.spec.containers.1.command", "shop.yaml", 54, 56, "command:"},
		// A key and a value on the same line; keys that hold dots.
		{"apps/v1/Deployment shop/api", "spec.template.metadata.annotations.prometheus.io/scrape", "shop.yaml", 34, 34, "prometheus.io/scrape"},
		// Every workload kind: the canonical pod path points at the template's lines.
		{"apps/v1/Deployment shop/api", "pod.spec.containers.0.securityContext.privileged", "shop.yaml", 51, 51, "privileged: yes"},
		{"apps/v1/Deployment shop/api", "pod.spec", "shop.yaml", 35, 56, "spec:"},
		{"apps/v1/Deployment shop/api", "pod.metadata.annotations", "shop.yaml", 33, 34, "annotations:"},
		{"apps/v1/StatefulSet shop/db", "pod.spec.containers.0.env.0.valueFrom.secretKeyRef.key", "shop.yaml", 103, 103, "key: password"},
		{"batch/v1/CronJob ops/report", "pod.spec.containers.0.securityContext.privileged", "workloads.yaml", 24, 24, "privileged: true"},
		{"batch/v1/CronJob ops/report", "pod.metadata.labels.job", "workloads.yaml", 16, 16, "job: report"},
		{"batch/v1/Job ops/migrate", "pod.spec.restartPolicy", "workloads.yaml", 34, 34, "restartPolicy: Never"},
		{"apps/v1/DaemonSet kube-system/node-agent", "pod.spec.hostNetwork", "workloads.yaml", 50, 50, "hostNetwork: true"},
		{"apps/v1/DaemonSet kube-system/node-agent", "pod.spec.containers.0.image", "workloads.yaml", 52, 52, "image:"},
		{"apps/v1/DaemonSet kube-system/node-agent", "pod.metadata.labels.app", "workloads.yaml", 48, 48, "metadata: {labels"},
		{"apps/v1/ReplicaSet default/legacy", "pod.spec.containers.0.image", "workloads.yaml", 69, 69, "image: legacy:1"},
		{"v1/ReplicationController default/older", "pod.spec.containers.0", "workloads.yaml", 82, 83, "- name: older"},
		{"v1/Pod ops/debug", "pod.spec.hostPID", "pod.json", 15, 15, `"hostPID": true`},
		{"v1/Pod ops/debug", "pod.spec.containers.0.securityContext", "pod.json", 20, 22, `"securityContext": {`},
		{"v1/Pod ops/debug", "pod.metadata.labels.app", "pod.json", 11, 11, `"app": "debug"`},
		{"v1/Pod web/web-0", "pod.spec.containers.0.securityContext.allowPrivilegeEscalation", "exported.yaml", 29, 29, "allowPrivilegeEscalation"},
		{"apps/v1/Deployment web/back", "pod.spec.hostIPC", "deployments.json", 19, 19, `"hostIPC": true`},
		// A List item is the item's lines; a JSON value ends with its closing bracket.
		{"v1/Pod web/web-0", "", "exported.yaml", 4, 31, "- apiVersion: v1"},
		{"apps/v1/Deployment web/front", "", "deployments.json", 6, 16, "{"},
		{"apps/v1/Deployment web/front", "spec", "deployments.json", 8, 14, `"spec": {`},
		// Values that came through an alias or a merge key are where the anchor wrote them.
		{"apps/v1/Deployment shop/api", "spec.selector.matchLabels.tier", "shop.yaml", 25, 25, "tier: backend"},
		{"apps/v1/Deployment shop/api", "pod.spec.containers.0.readinessProbe.httpGet.path", "shop.yaml", 44, 44, "path: /healthz"},
		{"apps/v1/Deployment shop/api", "pod.spec.containers.0.readinessProbe.periodSeconds", "shop.yaml", 49, 49, "periodSeconds: 5"},
		// A multi-line block scalar ends with its last line; a hidden value keeps its key's.
		{"v1/ConfigMap shop/api-config", "data.app.properties", "shop.yaml", 123, 125, "app.properties: |"},
		{"v1/Secret shop/db-credentials", "data.password", "shop.yaml", 112, 112, "password:"},
	}
	lines := map[string][]string{}
	for _, tt := range tests {
		r := canonical[tt.key]
		if r == nil {
			t.Errorf("%s not loaded", tt.key)
			continue
		}
		loc, ok := r.Locations[tt.path]
		if !ok {
			t.Errorf("%s %s: no location (nearest: %s)", tt.key, tt.path, r.LocationOf(resource.ParsePath(tt.path)))
			continue
		}
		if loc.File != tt.file || loc.StartLine != tt.start || loc.EndLine != tt.end {
			t.Errorf("%s %s at %s, want %s:%d-%d", tt.key, tt.path, loc, tt.file, tt.start, tt.end)
		}
		if lines[tt.file] == nil {
			src, err := os.ReadFile(filepath.Join(manifests, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			lines[tt.file] = strings.Split(string(src), "\n")
		}
		if got := lines[tt.file][tt.start-1]; !strings.Contains(got, tt.text) {
			t.Errorf("test table: %s:%d is %q, not %q", tt.file, tt.start, got, tt.text)
		}
	}
	// The alias is where the merged value passed through.
	r := canonical["apps/v1/Deployment shop/api"]
	if via := r.Locations["pod.spec.containers.0.readinessProbe.httpGet.path"].Via; len(via) != 1 || via[0].StartLine != 48 {
		t.Errorf("merged value via %v, want the merge key at shop.yaml:48", via)
	}
	if via := r.Locations["pod.spec.containers.0.readinessProbe.periodSeconds"].Via; len(via) != 0 {
		t.Errorf("value written in place has via %v", via)
	}
}

// TestValues: scalars read as the API server reads what kubectl sends.
func TestValues(t *testing.T) {
	rs := byKey(adapt.Canonical(loadManifests(t).Resources))
	tests := []struct {
		key  string
		path resource.Path
		want any
	}{
		{"apps/v1/Deployment shop/api", resource.Path{"pod", "spec", "containers", 0, "securityContext", "privileged"}, true}, // "yes"
		{"apps/v1/Deployment shop/api", resource.Path{"spec", "replicas"}, int64(3)},
		{"apps/v1/Deployment shop/api", resource.Path{"pod", "metadata", "annotations", "prometheus.io/scrape"}, "true"},
		{"apps/v1/Deployment shop/api", resource.Path{"pod", "spec", "containers", 0, "readinessProbe", "httpGet", "port"}, int64(8080)},
		{"apps/v1/Deployment shop/api", resource.Path{"spec", "selector", "matchLabels", "app"}, "api"},
		{"batch/v1/CronJob ops/report", resource.Path{"spec", "schedule"}, "0 4 * * *"},
		{"v1/Pod ops/debug", resource.Path{"pod", "spec", "hostPID"}, true},
		{"apps/v1/Deployment web/back", resource.Path{"kind"}, "Deployment"},
		{"apps/v1/Deployment web/back", resource.Path{"apiVersion"}, "apps/v1"},
	}
	for _, tt := range tests {
		r := rs[tt.key]
		if r == nil {
			t.Errorf("%s not loaded", tt.key)
			continue
		}
		if got, _ := resource.Get(r.Attributes, tt.path); got != tt.want {
			t.Errorf("%s %s = %#v, want %#v", tt.key, tt.path, got, tt.want)
		}
	}
}

// secretValues are every Secret and ConfigMap value the test manifests hold, whole or in
// part.
var secretValues = []string{
	"c3VwZXItc2VjcmV0LXBhc3N3b3Jk", "YWRtaW4=", "hunter2", "iVBORw0KGgo=", "ZXlKaGJHY2lPaUpTVXpJMU5pSjkuc2VjcmV0",
	"db.password", "cache=on", "debug",
}

// TestSecretsNeverPresent: no Secret or ConfigMap value is anywhere in what the loader or
// the adapter return, the last-applied annotation (which repeats them) included.
func TestSecretsNeverPresent(t *testing.T) {
	res := loadManifests(t)
	for name, rs := range map[string][]*resource.Resource{"loaded": res.Resources, "canonical": adapt.Canonical(res.Resources)} {
		out, err := json.Marshal(rs)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range secretValues {
			if v == "debug" {
				// ConfigMap LOG_LEVEL: debug; "debug" is also the Pod's name, so look at the
				// ConfigMap alone.
				cm := byKey(rs)["v1/ConfigMap shop/api-config"]
				if got := cm.Attributes["data"].(map[string]any)["LOG_LEVEL"]; got != "" {
					t.Errorf("%s ConfigMap LOG_LEVEL = %q, want \"\"", name, got)
				}
				continue
			}
			if strings.Contains(string(out), v) {
				t.Errorf("%s resources hold the secret value %q", name, v)
			}
		}
		secret := byKey(rs)["v1/Secret shop/db-credentials"]
		want := map[string]any{"password": "", "username": ""}
		if !reflect.DeepEqual(secret.Attributes["data"], want) {
			t.Errorf("%s Secret data = %v, want the keys with empty values", name, secret.Attributes["data"])
		}
	}
}

// TestServerFieldsStripped: objects exported from a cluster look like manifests.
func TestServerFieldsStripped(t *testing.T) {
	rs := byKey(loadManifests(t).Resources)
	for _, key := range []string{"v1/Pod web/web-0", "v1/Pod ops/debug", "apps/v1/Deployment web/front", "v1/Secret web/web-token"} {
		r := rs[key]
		if r == nil {
			t.Errorf("%s not loaded", key)
			continue
		}
		if _, ok := r.Attributes["status"]; ok {
			t.Errorf("%s keeps status", key)
		}
		md := r.Attributes["metadata"].(map[string]any)
		for _, f := range []string{"uid", "resourceVersion", "managedFields", "creationTimestamp", "generation", "selfLink", "annotations"} {
			if _, ok := md[f]; ok {
				t.Errorf("%s keeps metadata.%s", key, f)
			}
		}
		for path := range r.Locations {
			if strings.HasPrefix(path, "status") || strings.HasPrefix(path, "metadata.managedFields") ||
				strings.HasPrefix(path, "metadata.annotations") {
				t.Errorf("%s keeps the location of removed %s", key, path)
			}
		}
	}
	cron := rs["batch/v1/CronJob ops/report"]
	for _, p := range []string{"spec.jobTemplate.metadata.creationTimestamp", "spec.jobTemplate.spec.template.metadata.creationTimestamp"} {
		if _, ok := resource.Get(cron.Attributes, resource.ParsePath(p)); ok {
			t.Errorf("CronJob keeps %s", p)
		}
	}
	if got, _ := resource.Get(cron.Attributes, resource.ParsePath("spec.jobTemplate.spec.template.metadata.labels.job")); got != "report" {
		t.Errorf("template labels lost with creationTimestamp: %v", got)
	}
}

// TestDiagnostics: a broken document, a document that is not an object and an empty one
// are reported at their lines; everything else is loaded.
func TestDiagnostics(t *testing.T) {
	res := loadManifests(t)
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, fmt.Sprintf("%s:%d error=%v %s", d.File, d.Line, d.Error, d.Summary))
	}
	want := []string{
		"exported.yaml:43 error=false List item is not a Kubernetes object",
		"shop.yaml:77 error=true invalid YAML",
		"shop.yaml:129 error=false empty document",
		"shop.yaml:131 error=false document is not a Kubernetes object",
		"shop.yaml:134 error=false document is not a Kubernetes object",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("diagnostics:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	if !res.Diagnostics.HasErrors() {
		t.Error("a YAML error must be an error, so the scan exits 2")
	}
	if byKey(res.Resources)["apps/v1/StatefulSet shop/db"] == nil {
		t.Error("the document after the broken one was not loaded")
	}
}

func TestReferences(t *testing.T) {
	got := map[string][]string{}
	for _, r := range adapt.Canonical(loadManifests(t).Resources) {
		for _, ref := range r.References {
			got[r.Key] = append(got[r.Key], ref.Attribute+" -> "+ref.Target)
		}
	}
	want := map[string][]string{
		"v1/Service shop/api": {"spec.selector -> apps/v1/Deployment shop/api"},
		"v1/Service default/legacy": {
			"spec.selector -> apps/v1/ReplicaSet default/legacy",
			"spec.selector -> v1/ReplicationController default/older",
		},
		"apps/v1/Deployment shop/api":              {"pod.spec.serviceAccountName -> v1/ServiceAccount shop/api"},
		"apps/v1/StatefulSet shop/db":              {"pod.spec.serviceAccountName -> v1/ServiceAccount shop/default"},
		"batch/v1/CronJob ops/report":              {"pod.spec.serviceAccountName -> v1/ServiceAccount ops/reporter"},
		"batch/v1/Job ops/migrate":                 {"pod.spec.serviceAccountName -> v1/ServiceAccount ops/default"},
		"apps/v1/DaemonSet kube-system/node-agent": {"pod.spec.serviceAccountName -> v1/ServiceAccount kube-system/default"},
		"apps/v1/ReplicaSet default/legacy":        {"pod.spec.serviceAccountName -> v1/ServiceAccount default/default"},
		"v1/ReplicationController default/older":   {"pod.spec.serviceAccountName -> v1/ServiceAccount default/default"},
		"v1/Pod ops/debug":                         {"pod.spec.serviceAccountName -> v1/ServiceAccount ops/default"},
		"v1/Pod web/web-0":                         {"pod.spec.serviceAccountName -> v1/ServiceAccount web/default"},
		"apps/v1/Deployment web/front":             {"pod.spec.serviceAccountName -> v1/ServiceAccount web/default"},
		"apps/v1/Deployment web/back":              {"pod.spec.serviceAccountName -> v1/ServiceAccount web/default"},
		"rbac.authorization.k8s.io/v1/RoleBinding ops/report-reader": {
			"roleRef -> rbac.authorization.k8s.io/v1/Role ops/report-reader",
			"subjects.0 -> v1/ServiceAccount ops/reporter",
		},
		"rbac.authorization.k8s.io/v1/ClusterRoleBinding agent-admin": {
			"roleRef -> rbac.authorization.k8s.io/v1/ClusterRole cluster-admin",
			"subjects.0 -> v1/ServiceAccount kube-system/default",
		},
	}
	for k := range got {
		sort.Strings(got[k])
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("references:\n%v\nwant:\n%v", got, want)
	}
}

// TestDuplicateObjects: two files declaring one object are both kept, with a warning at the
// second.
func TestDuplicateObjects(t *testing.T) {
	dir := t.TempDir()
	obj := "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n"
	a, b := filepath.Join(dir, "a.yaml"), filepath.Join(dir, "b.yaml")
	for _, f := range []string{a, b} {
		if err := os.WriteFile(f, []byte("# settings\n"+obj), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := kubernetes.Load(context.Background(), dir, []string{a, b, filepath.Join(dir, "missing.yaml")})
	if len(res.Resources) != 2 {
		t.Fatalf("got %d resources, want both copies", len(res.Resources))
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.String())
	}
	want := []string{
		"missing.yaml: error: cannot read file",
		"b.yaml:2: warning: v1/ConfigMap default/settings is declared more than once: also at a.yaml:2-5; both are scanned",
	}
	if len(got) != 2 || !strings.HasPrefix(got[0], want[0]) || got[1] != want[1] {
		t.Errorf("diagnostics:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	if !reflect.DeepEqual(res.Files, []string{"a.yaml", "b.yaml"}) {
		t.Errorf("files = %v", res.Files)
	}
}
