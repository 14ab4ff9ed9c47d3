package drift_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/plumbsec/plumb/internal/cli"
	"github.com/plumbsec/plumb/internal/drift"
	"github.com/plumbsec/plumb/internal/live/aws/mototest"
	live "github.com/plumbsec/plumb/internal/live/kubernetes"
	"github.com/plumbsec/plumb/internal/live/kubernetes/kubetest"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/store"
	"github.com/plumbsec/plumb/internal/store/sqlite"
)

// TestMain stops the servers the tests of this package share: the API server and moto.
func TestMain(m *testing.M) {
	flag.Parse()
	code := mototest.Main(m)
	kubetest.StopShared()
	os.Exit(code)
}

var (
	engineOnce sync.Once
	engine     *policy.Engine
	engineErr  error
)

func builtinEngine(t testing.TB) *policy.Engine {
	t.Helper()
	engineOnce.Do(func() { engine, engineErr = policy.Load(context.Background(), policy.Options{}) })
	if engineErr != nil {
		t.Fatal(engineErr)
	}
	return engine
}

// plumb runs the CLI as a user would, with its store in dir/plumb.db and no config file.
func plumb(t *testing.T, db string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	args = append([]string{"--db", db}, args...)
	code = cli.Execute(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// driftDoc is the part of `plumb drift -o json` the tests read.
type driftDoc struct {
	Run      int64
	Baseline int64
	Partial  []string
	Entries  []struct {
		Key, Type, Kind, Verdict string
		Rules                    []string
		Changes                  []struct {
			Path          string
			Before, After any
		}
	}
	Summary struct{ Added, Removed, Changed, Risky, Benign int }
}

func decodeDrift(t *testing.T, out string) driftDoc {
	t.Helper()
	var d driftDoc
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("drift JSON: %v\n%s", err, out)
	}
	return d
}

// TestKubernetesDriftEndToEnd is the run-time promise on a real API server: approve a
// namespace, then scale one Deployment (benign), make another privileged (risky) and add a
// Service with external IPs (risky). `plumb drift` lists exactly those three, with the
// verdicts and the rules broken, stores the run, and exits 1; a live scan afterwards
// reports what the baseline approved as accepted and only the new problems as open.
func TestKubernetesDriftEndToEnd(t *testing.T) {
	srv := kubetest.Shared(t)
	srv.ApplyFiles(t, filepath.Join("testdata", "kubernetes", "approved", "manifests.yaml"))
	db := filepath.Join(t.TempDir(), "plumb.db")
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	scope := "kubernetes:" + kubetest.AdminContext + "/drift-e2e"
	common := []string{"--scope", scope, "--kubeconfig", srv.Kubeconfig, "--no-config"}

	code, out, stderr := plumb(t, db, append([]string{"baseline", "create", "--approved-by", "alice@example.com", "--note", "release 2.4"}, common...)...)
	if code != 0 {
		t.Fatalf("baseline create: exit %d\n%s%s", code, out, stderr)
	}
	if !strings.Contains(out, "Baseline 1 of "+scope) || !strings.Contains(out, "approved by alice@example.com") {
		t.Errorf("baseline create output:\n%s", out)
	}

	// Nothing changed: the fields the server sets (uid, resourceVersion, managedFields,
	// timestamps, generation, defaults) are no drift.
	code, out, stderr = plumb(t, db, append([]string{"drift"}, common...)...)
	if code != 0 || !strings.Contains(out, "No drift.") {
		t.Fatalf("drift right after the baseline: exit %d\n%s%s", code, out, stderr)
	}

	srv.ApplyFiles(t, filepath.Join("testdata", "kubernetes", "drifted", "manifests.yaml"))
	code, out, stderr = plumb(t, db, append([]string{"drift", "-o", "json"}, common...)...)
	if code != 1 {
		t.Fatalf("drift: exit %d, want 1 (risky drift)\n%s%s", code, out, stderr)
	}
	d := decodeDrift(t, out)
	type verdict struct{ kind, verdict string }
	got := map[string]verdict{}
	rules := map[string][]string{}
	for _, e := range d.Entries {
		got[e.Key] = verdict{e.Kind, e.Verdict}
		rules[e.Key] = e.Rules
	}
	want := map[string]verdict{
		"apps/v1/Deployment drift-e2e/web": {"changed", "benign"},
		"apps/v1/Deployment drift-e2e/api": {"changed", "risky"},
		"v1/Service drift-e2e/ext":         {"added", "risky"},
	}
	if len(got) != len(want) {
		t.Errorf("entries = %v, want exactly %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %+v, want %+v", k, got[k], v)
		}
	}
	if !slices.Contains(rules["apps/v1/Deployment drift-e2e/api"], "PLB-K8S-POD-004") {
		t.Errorf("privileged container: rules %v, want the privileged rule PLB-K8S-POD-004", rules["apps/v1/Deployment drift-e2e/api"])
	}
	if !slices.Contains(rules["v1/Service drift-e2e/ext"], "PLB-K8S-NET-001") {
		t.Errorf("external IPs: rules %v, want PLB-K8S-NET-001", rules["v1/Service drift-e2e/ext"])
	}
	if len(rules["apps/v1/Deployment drift-e2e/web"]) != 0 {
		t.Errorf("scaling broke rules %v", rules["apps/v1/Deployment drift-e2e/web"])
	}
	for _, e := range d.Entries {
		if e.Key != "apps/v1/Deployment drift-e2e/web" {
			continue
		}
		if len(e.Changes) != 1 || e.Changes[0].Path != "spec.replicas" || e.Changes[0].Before != 2.0 || e.Changes[0].After != 3.0 {
			t.Errorf("scaled Deployment's changes = %+v, want spec.replicas 2 -> 3 alone", e.Changes)
		}
	}
	if d.Baseline != 1 || d.Summary.Risky != 2 || d.Summary.Benign != 1 {
		t.Errorf("run: baseline %d, summary %+v", d.Baseline, d.Summary)
	}

	code, out, _ = plumb(t, db, append([]string{"drift"}, common...)...)
	for _, s := range []string{
		"RISKY   changed  apps/v1/Deployment drift-e2e/api",
		"breaks: PLB-K8S-POD-004",
		"+ spec.template.spec.containers.0.securityContext: {\"privileged\":true}",
		"BENIGN  changed  apps/v1/Deployment drift-e2e/web",
		"~ spec.replicas: 2 -> 3",
		"RISKY   added    v1/Service drift-e2e/ext",
		"3 drifted resources: 2 risky, 1 benign (1 added, 0 removed, 2 changed)",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("text output lacks %q:\n%s", s, out)
		}
	}
	if code != 1 {
		t.Errorf("text drift: exit %d, want 1", code)
	}

	// The same comparison against the manifests that were approved, as IaC: the same three
	// entries, and the Secret whose stringData the server turned into data is no drift.
	code, out, stderr = plumb(t, db, append([]string{"drift", "-o", "json", "--against", filepath.Join("testdata", "kubernetes", "approved")}, common...)...)
	if code != 1 {
		t.Fatalf("drift --against: exit %d\n%s%s", code, out, stderr)
	}
	against := map[string]verdict{}
	for _, e := range decodeDrift(t, out).Entries {
		against[e.Key] = verdict{e.Kind, e.Verdict}
	}
	if !maps.Equal(against, want) {
		t.Log(out)
		t.Errorf("drift --against: %v, want %v", against, want)
	}

	code, out, _ = plumb(t, db, "drift", "history", "--scope", scope, "--no-config")
	if code != 0 || strings.Count(out, "against baseline 1") != 3 || strings.Count(out, "against the IaC") != 1 ||
		!strings.Contains(out, "RISKY added v1/Service drift-e2e/ext: PLB-K8S-NET-001") {
		t.Errorf("drift history: exit %d\n%s", code, out)
	}

	// A live scan of the baselined scope: the api container's privileged flag is new and
	// open; what the baseline approved (web's missing securityContext) is accepted.
	code, out, stderr = plumb(t, db, "scan", "--live", "kubernetes", "--scope", scope, "--kubeconfig", srv.Kubeconfig, "--no-config", "-o", "json")
	if code != 1 {
		t.Fatalf("live scan: exit %d\n%s", code, stderr)
	}
	var scan struct {
		Findings []struct {
			RuleID   string `json:"rule_id"`
			Resource string
			Status   string
			Reason   string
		}
	}
	if err := json.Unmarshal([]byte(out), &scan); err != nil {
		t.Fatal(err)
	}
	status := map[string]string{}
	for _, f := range scan.Findings {
		status[f.Resource+" "+f.RuleID] = f.Status
		if f.Status == "accepted" && !strings.Contains(f.Reason, "baseline 1") {
			t.Errorf("accepted finding's reason %q does not name the baseline", f.Reason)
		}
	}
	if s := status["apps/v1/Deployment drift-e2e/api PLB-K8S-POD-004"]; s != "open" {
		t.Errorf("the new privileged container is %q, want open", s)
	}
	accepted := 0
	for k, s := range status {
		if strings.HasPrefix(k, "apps/v1/Deployment drift-e2e/web ") {
			if s != "accepted" {
				t.Errorf("%s: %s, want accepted: the baseline approved web as it is", k, s)
			}
			accepted++
		}
	}
	if accepted == 0 {
		t.Errorf("no finding on web at all; statuses: %v", status)
	}
}

// TestKubernetesPartialSnapshot: credentials that may not list Secrets cannot baseline the
// namespace without --allow-partial, and a drift run with them never reports the
// baseline's Secret removed.
func TestKubernetesPartialSnapshot(t *testing.T) {
	srv := kubetest.Shared(t)
	srv.ApplyFiles(t, filepath.Join("testdata", "kubernetes", "approved", "manifests.yaml"))
	grantAllButSecrets(t, srv)
	db := filepath.Join(t.TempDir(), "plumb.db")
	limited := []string{"--scope", "kubernetes:" + kubetest.LimitedContext + "/drift-e2e", "--kubeconfig", srv.Kubeconfig, "--no-config", "--approved-by", "bob"}
	var code int
	var out, stderr string
	// The RBAC authorizer sees the new binding through its informer: wait for it.
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		code, out, stderr = plumb(t, db, append([]string{"baseline", "create"}, limited...)...)
		if strings.Contains(stderr, "Secret not read") || time.Now().After(deadline) {
			break
		}
	}
	if code != 2 || !strings.Contains(stderr, "Secret not read") || !strings.Contains(stderr, "--allow-partial") {
		t.Fatalf("partial baseline without --allow-partial: exit %d\n%s%s", code, out, stderr)
	}
	code, out, stderr = plumb(t, db, append([]string{"baseline", "create", "--allow-partial"}, limited...)...)
	if code != 0 || !strings.Contains(out, "Partial: Secret not read") {
		t.Fatalf("partial baseline with --allow-partial: exit %d\n%s%s", code, out, stderr)
	}

	// The admin's complete baseline of the namespace, compared with what the limited
	// credentials see, under the admin's scope.
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sc, err := store.ParseScope("kubernetes:" + kubetest.AdminContext + "/drift-e2e")
	if err != nil {
		t.Fatal(err)
	}
	admin, err := drift.Collector(sc, drift.Sources{Kubeconfig: srv.Kubeconfig})
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := drift.CreateBaseline(ctx, drift.BaselineOptions{Store: st, Scope: sc, Collect: admin, ApprovedBy: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Partial) != 0 {
		t.Fatalf("admin baseline is partial: %v", b.Partial)
	}
	restricted, err := drift.Collector(sc, drift.Sources{Kubernetes: &live.Options{REST: srv.Config(srv.LimitedToken)}})
	if err != nil {
		t.Fatal(err)
	}
	run, entries, err := drift.Run(ctx, drift.Options{Store: st, Scope: sc, Engine: builtinEngine(t), Collect: restricted})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(run.Partial, []string{"Secret"}) {
		t.Errorf("run.Partial = %v, want [Secret]", run.Partial)
	}
	for _, e := range entries {
		if e.Kind == store.Removed {
			t.Errorf("%s reported removed from a partial snapshot", e.Key)
		}
	}
	stored, err := st.DriftRun(ctx, run.ID)
	if err != nil || !slices.Equal(stored.Partial, []string{"Secret"}) {
		t.Errorf("stored run: %+v, %v", stored, err)
	}
}

// grantAllButSecrets lets the limited user list every collected kind except Secrets.
func grantAllButSecrets(t *testing.T, srv *kubetest.Server) {
	t.Helper()
	objs, err := kubetest.Decode([]byte(`
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: drift-reader-no-secrets}
rules:
  - apiGroups: [""]
    resources: [namespaces, pods, replicationcontrollers, services, serviceaccounts, configmaps]
    verbs: [get, list, watch]
  - apiGroups: [apps, batch, networking.k8s.io, rbac.authorization.k8s.io]
    resources: ["*"]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: drift-reader-no-secrets}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: drift-reader-no-secrets}
subjects:
  - {kind: User, apiGroup: rbac.authorization.k8s.io, name: ` + kubetest.LimitedUser + `}
`))
	if err != nil {
		t.Fatal(err)
	}
	a, err := kubetest.NewApplier(srv.Config(srv.AdminToken))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Apply(context.Background(), objs...); err != nil {
		t.Fatal(err)
	}
}
