package kustomize_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/iac/kustomize"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/scan"
)

const (
	hostNetwork = "PLB-K8S-POD-001"
	privileged  = "PLB-K8S-POD-004"
)

func findingsAt(t *testing.T, path string, rules ...string) ([]string, *finding.Result) {
	t.Helper()
	eng, err := policy.Load(context.Background(), policy.Options{Only: rules})
	if err != nil {
		t.Fatal(err)
	}
	res, err := scan.Run(context.Background(), eng, scan.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range res.Findings {
		out = append(out, f.Rule.ID+" "+f.ResourceKey+" "+f.Location.String())
	}
	sort.Strings(out)
	return out, res
}

// TestScanOverlayAddsHostNetwork is the Done-when of Kustomize: an overlay whose patch adds
// hostNetwork: true is reported at the patch file and line; the base alone, which no
// overlay's finding should be blamed on, is not built on its own.
func TestScanOverlayAddsHostNetwork(t *testing.T) {
	got, res := findingsAt(t, filepath.Join("testdata", "shop"), hostNetwork, privileged)
	for _, d := range res.Diagnostics {
		t.Errorf("diagnostic: %s", d)
	}
	want := []string{
		hostNetwork + " apps/v1/Deployment shop/prod-web overlays/prod/host-network.yaml:8",
		privileged + " apps/v1/Deployment shop/prod-web overlays/prod/host-network.yaml:12",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	if res.Resources != 2 {
		t.Errorf("%d resources, want 2: the base is built only through the overlay", res.Resources)
	}
	for _, f := range res.Findings {
		if f.Origin != resource.OriginKustomize {
			t.Errorf("%s: origin %s", f.ResourceKey, f.Origin)
		}
	}
}

// TestScanBaseAlone: scanned by itself, the base is a root and builds.
func TestScanBaseAlone(t *testing.T) {
	got, res := findingsAt(t, filepath.Join("testdata", "shop", "base"), hostNetwork)
	if len(got) != 0 || res.Resources != 2 {
		t.Errorf("base: findings %v, %d resources", got, res.Resources)
	}
}

// TestLocations checks where fields of the built objects point: base lines for what the
// overlay leaves alone, the kustomization's fields for what its transformers change, an
// inline JSON 6902 patch's value line.
func TestLocations(t *testing.T) {
	root, _ := filepath.Abs("testdata")
	res := kustomize.Load(context.Background(), root, []string{filepath.Join(root, "shop", "overlays", "prod"), filepath.Join(root, "shop", "base")})
	var dep *resource.Resource
	for _, r := range res.Resources {
		if r.Type == "Deployment" {
			dep = r
		}
		if r.Root != "shop/overlays/prod" {
			t.Errorf("%s: root %q", r.Key, r.Root)
		}
	}
	if dep == nil {
		t.Fatalf("no Deployment in %v", res.Resources)
	}
	for path, want := range map[string]string{
		"":                                      "shop/base/deployment.yaml:1-21",
		"metadata.name":                         "shop/overlays/prod/kustomization.yaml:1",
		"metadata.namespace":                    "shop/overlays/prod/kustomization.yaml:2",
		"spec.template.metadata.labels.env":     "shop/overlays/prod/kustomization.yaml:5",
		"spec.replicas":                         "shop/overlays/prod/kustomization.yaml:17",
		"spec.template.spec.containers.0.image": "shop/overlays/prod/kustomization.yaml:19-20",
		"spec.template.spec.containers.0.securityContext.allowPrivilegeEscalation": "shop/base/deployment.yaml:21",
		"spec.template.spec.containers.0.ports.0.containerPort":                    "shop/base/deployment.yaml:19",
	} {
		if got := dep.Locations[path].String(); got != want {
			t.Errorf("%s at %s, want %s", path, got, want)
		}
	}
}

// TestRemoteAndBroken: a remote base is reported, not fetched, and the rest still builds;
// a kustomization that does not build is an error at its file, the others still build.
func TestRemoteAndBroken(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"app/kustomization.yaml": "resources:\n  - https://github.com/example/repo//deploy?ref=v1.0.0\n  - github.com/example/other/base\n  - sa.yaml\n" +
			"patches:\n  - path: https://example.com/patch.yaml\nconfigMapGenerator:\n  - name: remote\n    files: [https://example.com/app.properties]\n    literals: [A=b]\n",
		"app/sa.yaml":               "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n",
		"broken/kustomization.yaml": "resources:\n  - sa.yaml\npatches:\n  - path: nothere.yaml\n",
		"broken/sa.yaml":            "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: b\n",
		"gen/kustomization.yaml":    "configMapGenerator:\n  - name: settings\n    literals: [LOG=debug]\n",
	})
	res := kustomize.Load(context.Background(), dir, []string{filepath.Join(dir, "app"), filepath.Join(dir, "broken"), filepath.Join(dir, "gen")})
	var diags []string
	for _, d := range res.Diagnostics {
		kind := "warning"
		if d.Error {
			kind = "error"
		}
		diags = append(diags, kind+" "+d.File+":"+itoa(d.Line))
	}
	sort.Strings(diags)
	want := []string{"error broken/kustomization.yaml:0", "warning app/kustomization.yaml:2", "warning app/kustomization.yaml:3",
		"warning app/kustomization.yaml:6", "warning app/kustomization.yaml:9"}
	if strings.Join(diags, ",") != strings.Join(want, ",") {
		t.Errorf("diagnostics %v, want %v: %v", diags, want, res.Diagnostics)
	}
	var got []string
	for _, r := range res.Resources {
		got = append(got, r.Key+" "+r.Locations[""].String())
	}
	sort.Strings(got)
	if len(got) != 3 || !strings.HasPrefix(got[0], "v1/ConfigMap default/remote-") || !strings.HasSuffix(got[0], "app/kustomization.yaml:8-10") ||
		!strings.HasPrefix(got[1], "v1/ConfigMap default/settings-") || !strings.HasSuffix(got[1], "gen/kustomization.yaml:2-3") ||
		got[2] != "v1/ServiceAccount default/app app/sa.yaml:1-4" {
		t.Errorf("resources %v", got)
	}
}

func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
