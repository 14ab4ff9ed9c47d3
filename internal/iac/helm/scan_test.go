package helm_test

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/iac/helm"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/scan"
)

const privileged = "PLB-K8S-POD-004"

func rulesEngine(t *testing.T, rules ...string) *policy.Engine {
	t.Helper()
	eng, err := policy.Load(context.Background(), policy.Options{Only: rules})
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

// at lists the findings of rule as "file:line <- via" strings, sorted.
func at(fs []*finding.Finding, rule string) []string {
	var out []string
	for _, f := range fs {
		if f.Rule.ID != rule {
			continue
		}
		s := f.Location.String()
		for _, v := range f.Location.Via {
			s += " <- " + v.String()
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// TestScanChartWithSubchartAndOverride is the Done-when of Helm: a chart with a subchart and
// a values override. A privileged container written in a template is reported at that
// template line; one whose privileged comes from .Values is reported at the values file
// line that set it (here the override file), with the template line in Via.
func TestScanChartWithSubchartAndOverride(t *testing.T) {
	res, err := scan.Run(context.Background(), rulesEngine(t, privileged), scan.Options{
		Path:       "testdata",
		HelmValues: []string{filepath.Join("testdata", "overrides", "prod.yaml")},
		HelmSet:    []string{"debug.enabled=true"},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		t.Errorf("diagnostic: %s", d)
	}
	want := []string{
		"overrides/prod.yaml:3 <- web/charts/worker/templates/deployment.yaml:19",
		"web/templates/deployment.yaml:44",
	}
	if got := at(res.Findings, privileged); !equal(got, want) {
		t.Errorf("findings at\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	for _, f := range res.Findings {
		if f.Origin != "helm" {
			t.Errorf("%s has origin %s", f.ResourceKey, f.Origin)
		}
	}
	if res.Resources != 3 {
		t.Errorf("%d resources, want 3 (web Deployment and Service, worker Deployment)", res.Resources)
	}
}

// TestScanChartDefaults: without the override nothing is privileged; with the subchart
// turned off by its condition its objects are gone.
func TestScanChartDefaults(t *testing.T) {
	res, err := scan.Run(context.Background(), rulesEngine(t, privileged), scan.Options{Path: filepath.Join("testdata", "web")})
	if err != nil {
		t.Fatal(err)
	}
	if got := at(res.Findings, privileged); len(got) != 0 || res.Resources != 3 {
		t.Errorf("defaults: findings %v, %d resources", got, res.Resources)
	}
	res, err = scan.Run(context.Background(), rulesEngine(t, privileged), scan.Options{Path: filepath.Join("testdata", "web"),
		HelmSet: []string{"worker.enabled=false,worker.privileged=true"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := at(res.Findings, privileged); len(got) != 0 || res.Resources != 2 {
		t.Errorf("worker off: findings %v, %d resources", got, res.Resources)
	}
}

// TestScanSetLocation: a value given with --set is located at "<--set path>".
func TestScanSetLocation(t *testing.T) {
	res, err := scan.Run(context.Background(), rulesEngine(t, privileged), scan.Options{Path: filepath.Join("testdata", "web"),
		HelmSet: []string{"worker.privileged=true"}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"<--set worker.privileged> <- charts/worker/templates/deployment.yaml:19"}
	if got := at(res.Findings, privileged); !equal(got, want) {
		t.Errorf("findings %v, want %v", got, want)
	}
}

// TestRenderErrors: a template that fails is reported at its file and line, the rest of its
// chart and the other charts are still read.
func TestRenderErrors(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"broken/Chart.yaml":            "apiVersion: v2\nname: broken\nversion: 0.1.0\n",
		"broken/templates/ok.yaml":     "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ok\n",
		"broken/templates/needs.yaml":  "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  x: {{ required \"x is required\" .Values.x }}\n",
		"broken/templates/syntax.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name \n",
		"good/Chart.yaml":              "apiVersion: v2\nname: good\nversion: 0.1.0\n",
		"good/templates/sa.yaml":       "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: good\n",
		"nochart/Chart.yaml":           "name: [\n",
	})
	res := helm.Load(context.Background(), dir, []string{filepath.Join(dir, "broken"), filepath.Join(dir, "good"), filepath.Join(dir, "nochart")}, helm.Options{})
	var diags []string
	for _, d := range res.Diagnostics {
		if !d.Error {
			t.Errorf("warning: %s", d)
			continue
		}
		diags = append(diags, d.File+":"+itoa(d.Line))
	}
	sort.Strings(diags)
	want := []string{"broken/templates/needs.yaml:6", "broken/templates/syntax.yaml:4", "nochart/Chart.yaml:1"}
	if !equal(diags, want) {
		t.Errorf("errors at %v, want %v: %v", diags, want, res.Diagnostics)
	}
	var keys []string
	for _, r := range res.Resources {
		keys = append(keys, r.Key)
	}
	sort.Strings(keys)
	if want := []string{"v1/ServiceAccount default/good", "v1/ServiceAccount default/ok"}; !equal(keys, want) {
		t.Errorf("resources %v, want %v", keys, want)
	}
}

// TestPackagedSubchart: a subchart packaged as .tgz in charts/ is rendered; its templates
// are named inside the archive.
func TestPackagedSubchart(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"app/Chart.yaml":  "apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n  - name: agent\n    version: 1.0.0\n",
		"app/values.yaml": "agent:\n  hostNetwork: true\n",
	})
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for name, body := range map[string]string{
		"agent/Chart.yaml":        "apiVersion: v2\nname: agent\nversion: 1.0.0\n",
		"agent/values.yaml":       "hostNetwork: false\n",
		"agent/templates/ds.yaml": "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  template:\n    spec:\n      hostNetwork: {{ .Values.hostNetwork }}\n      containers:\n        - name: a\n          image: x\n",
	} {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body))}); err != nil {
			t.Fatal(err)
		}
		tw.Write([]byte(body))
	}
	tw.Close()
	gz.Close()
	write(t, dir, map[string]string{"app/charts/agent-1.0.0.tgz": buf.String()})
	res, err := scan.Run(context.Background(), rulesEngine(t, "PLB-K8S-POD-001"), scan.Options{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		t.Errorf("diagnostic: %s", d)
	}
	want := []string{"app/values.yaml:2 <- app/charts/agent-1.0.0.tgz/agent/templates/ds.yaml:8"}
	if got := at(res.Findings, "PLB-K8S-POD-001"); !equal(got, want) {
		t.Errorf("findings %v, want %v", got, want)
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

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func itoa(n int) string { return strconv.Itoa(n) }
