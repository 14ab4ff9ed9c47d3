package kubernetes_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/iac/kubernetes"
	live "github.com/plumbsec/plumb/internal/live/kubernetes"
	"github.com/plumbsec/plumb/internal/live/kubernetes/kubescan"
	"github.com/plumbsec/plumb/internal/live/kubernetes/kubetest"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/scan"
	"github.com/plumbsec/plumb/internal/store"
)

const clusterDir = "testdata/cluster"

// manifestOnly are the rules that fire on a manifest but cannot fire on the live object,
// with the reason. Nothing else may differ.
var manifestOnly = map[string]string{
	"PLB-K8S-SEC-003": "ConfigMap keys are not read live: ConfigMaps are listed as metadata only",
}

var (
	engOnce sync.Once
	eng     *policy.Engine
	engErr  error
)

func builtin(t *testing.T) *policy.Engine {
	t.Helper()
	engOnce.Do(func() { eng, engErr = policy.Load(context.Background(), policy.Options{}) })
	if engErr != nil {
		t.Fatal(engErr)
	}
	return eng
}

func scope(t *testing.T, s string) store.Scope {
	t.Helper()
	sc, err := store.ParseScope(s)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// applyCluster applies testdata/cluster once per test binary.
var applyOnce sync.Once

func applyCluster(t *testing.T, srv *kubetest.Server) {
	t.Helper()
	applyOnce.Do(func() {
		files, _ := filepath.Glob(filepath.Join(clusterDir, "*.yaml"))
		sort.Strings(files)
		srv.ApplyFiles(t, files...)
	})
}

func collect(t *testing.T, opts live.Options) *live.Snapshot {
	t.Helper()
	c, err := live.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := c.Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

// manifestResources are the canonical resources of testdata/cluster, by key.
func manifestResources(t *testing.T) map[string]*resource.Resource {
	t.Helper()
	res := kubernetes.Load(context.Background(), clusterDir, globAbs(t, clusterDir))
	if res.Diagnostics.HasErrors() {
		t.Fatal(res.Diagnostics)
	}
	out := map[string]*resource.Resource{}
	for _, r := range adapt.Canonical(res.Resources) {
		out[r.Key] = r
	}
	return out
}

func globAbs(t *testing.T, dir string) []string {
	files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	for i, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			t.Fatal(err)
		}
		files[i] = abs
	}
	return files
}

// TestManifestAndLiveReportTheSameRules is the promise of the live collector: the
// Kubernetes rules report the same rule ids on the same resource keys for the manifests
// in testdata/cluster, scanned as files, and for the same objects read back from a real
// API server after a server-side apply.
func TestManifestAndLiveReportTheSameRules(t *testing.T) {
	srv := kubetest.Shared(t)
	applyCluster(t, srv)
	ctx := context.Background()
	fileRes, err := scan.Run(ctx, builtin(t), scan.Options{Path: clusterDir})
	if err != nil {
		t.Fatal(err)
	}
	if fileRes.Diagnostics.HasErrors() {
		t.Fatal(fileRes.Diagnostics)
	}
	liveRes, snap, err := kubescan.Run(ctx, builtin(t), kubescan.Options{Collector: live.Options{
		Kubeconfig: srv.Kubeconfig, Scope: scope(t, "kubernetes:"+kubetest.AdminContext)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Partial) > 0 || len(liveRes.Diagnostics) > 0 {
		t.Fatalf("admin collection is partial: %v %v", snap.Partial, liveRes.Diagnostics)
	}
	declared := manifestResources(t)
	fromFile, fromLive := ruleKeys(fileRes.Findings, declared), ruleKeys(liveRes.Findings, declared)
	var missing, extra []string
	for rk := range fromFile {
		if !fromLive[rk] && manifestOnly[strings.Fields(rk)[0]] == "" {
			missing = append(missing, rk)
		}
	}
	for rk := range fromLive {
		if !fromFile[rk] {
			extra = append(extra, rk)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing) > 0 || len(extra) > 0 {
		t.Errorf("live and manifest findings differ\nonly in the manifest:\n  %s\nonly live:\n  %s",
			strings.Join(missing, "\n  "), strings.Join(extra, "\n  "))
	}
	// The difference allowed must be real, or the exception is stale.
	for rule, why := range manifestOnly {
		found := false
		for rk := range fromFile {
			found = found || strings.HasPrefix(rk, rule+" ")
		}
		if !found {
			t.Errorf("%s (%s) no longer fires on the manifests: drop it from manifestOnly", rule, why)
		}
	}
	if len(fromFile) < 40 {
		t.Errorf("only %d findings on the manifests: the fixture no longer exercises the rules", len(fromFile))
	}
	t.Logf("%d findings (rule, key) on %d declared objects; %d live resources in the cluster", len(fromFile), len(declared), len(snap.Resources))
	for _, f := range liveRes.Findings {
		if declared[f.ResourceKey] != nil && !live.IsLive(f.Location) {
			t.Errorf("%s on %s located at %s, want a live location", f.Rule.ID, f.ResourceKey, f.Location)
		}
	}
}

// ruleKeys is "RULE key" for every finding on a declared resource.
func ruleKeys(fs []*finding.Finding, declared map[string]*resource.Resource) map[string]bool {
	out := map[string]bool{}
	for _, f := range fs {
		if declared[f.ResourceKey] != nil {
			out[f.Rule.ID+" "+f.ResourceKey] = true
		}
	}
	return out
}

// TestLiveShapeEqualsManifest: every object read back has the attributes its manifest
// has, once the defaults are stripped from both (the manifests spell some out).
// Secrets and ConfigMaps differ by design: live, they are metadata only.
func TestLiveShapeEqualsManifest(t *testing.T) {
	srv := kubetest.Shared(t)
	applyCluster(t, srv)
	snap := collect(t, live.Options{Kubeconfig: srv.Kubeconfig, Scope: scope(t, "kubernetes:"+kubetest.AdminContext)})
	got := map[string]*resource.Resource{}
	for _, r := range adapt.Canonical(snap.Resources) {
		got[r.Key] = r
	}
	res := kubernetes.Load(context.Background(), clusterDir, globAbs(t, clusterDir))
	for _, m := range res.Resources {
		live.StripDefaults(m.Attributes)
	}
	for _, want := range adapt.Canonical(res.Resources) {
		g := got[want.Key]
		if g == nil {
			t.Errorf("%s: not collected", want.Key)
			continue
		}
		if g.Type == "Secret" || g.Type == "ConfigMap" {
			delete(want.Attributes, "data")
			delete(want.Attributes, "stringData")
			delete(want.Attributes, "type")
		}
		if !reflect.DeepEqual(g.Attributes, want.Attributes) {
			t.Errorf("%s: live attributes differ from the manifest's:\n%s", want.Key, diff(want.Attributes, g.Attributes))
		}
	}
}

// diff lists the paths whose values differ between a (manifest) and b (live).
func diff(a, b any) string {
	var out []string
	var walk func(p string, a, b any)
	walk = func(p string, a, b any) {
		am, aok := a.(map[string]any)
		bm, bok := b.(map[string]any)
		if aok && bok {
			keys := map[string]bool{}
			for k := range am {
				keys[k] = true
			}
			for k := range bm {
				keys[k] = true
			}
			for k := range keys {
				walk(p+"."+k, am[k], bm[k])
			}
			return
		}
		al, aok := a.([]any)
		bl, bok := b.([]any)
		if aok && bok && len(al) == len(bl) {
			for i := range al {
				walk(fmt.Sprintf("%s.%d", p, i), al[i], bl[i])
			}
			return
		}
		if !reflect.DeepEqual(a, b) {
			aj, _ := json.Marshal(a)
			bj, _ := json.Marshal(b)
			out = append(out, fmt.Sprintf("  %s: manifest %s (%T), live %s (%T)", p, aj, a, bj, b))
		}
	}
	walk("", a, b)
	sort.Strings(out)
	return strings.Join(out, "\n")
}
