package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/dynamic"

	"github.com/plumbsec/plumb/internal/cli"
	"github.com/plumbsec/plumb/internal/live/kubernetes/kubetest"
)

const enfShop = `
apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: "nginx:1.27"}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: worker, namespace: shop}
spec:
  selector: {matchLabels: {app: worker}}
  template:
    metadata: {labels: {app: worker}}
    spec:
      containers: [{name: worker, image: "busybox:1.36"}]
`

var (
	enfDeployments = schema.GroupVersionResource{Group: "apps", Version: "v1", Resource: "deployments"}
	enfServices    = schema.GroupVersionResource{Version: "v1", Resource: "services"}
)

const (
	enfWebKey     = "apps/v1/Deployment shop/web"
	enfWorkerKey  = "apps/v1/Deployment shop/worker"
	enfExposedKey = "v1/Service shop/exposed"
)

type enfDrift struct {
	Run     int64
	Entries []struct {
		Key, Kind, Verdict string
		Rules              []string
	}
}

func (d enfDrift) entry(key string) (kind, verdict string, rules []string) {
	for _, e := range d.Entries {
		if e.Key == key {
			return e.Kind, e.Verdict, e.Rules
		}
	}
	return "", "", nil
}

type enfAudit []struct {
	Action, Actor, Scope, Target, Reason string
	Before, After                        json.RawMessage
}

// TestEnforceKubernetes is the run-time promise, through the CLI against a real API server:
// a benign replica change, a privileged container and an added Service with externalIPs
// are found with the right verdicts; while enforcement is paused nothing is reverted; with
// enforcement risky one watch cycle reverts the two risky drifts (the container is no
// longer privileged, the Service is deleted) and keeps the benign one; the audit log shows
// both reverts with before and after; and resuming with --rebaseline adopts what was
// deployed during a pause, so the next drift is empty.
func TestEnforceKubernetes(t *testing.T) {
	srv := kubetest.Start(t)
	ctx := context.Background()
	objs, err := kubetest.Decode([]byte(enfShop))
	if err != nil {
		t.Fatal(err)
	}
	a, err := kubetest.NewApplier(srv.Config(srv.AdminToken))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Apply(ctx, objs...); err != nil {
		t.Fatal(err)
	}
	dyn, err := dynamic.NewForConfig(srv.Config(srv.AdminToken))
	if err != nil {
		t.Fatal(err)
	}
	scope := "kubernetes:" + kubetest.AdminContext + "/shop"
	db := filepath.Join(t.TempDir(), "plumb.db")
	live := []string{"--scope", scope, "--kubeconfig", srv.Kubeconfig, "--db", db, "--no-config"}
	run := func(want int, args ...string) string {
		t.Helper()
		code, out, stderr := enfPlumb(t, args...)
		if code != want {
			t.Fatalf("plumb %s: exit %d, want %d\n%s%s", strings.Join(args, " "), code, want, out, stderr)
		}
		return out
	}
	cmd := func(args ...string) []string { return append(args, live...) }
	// st is for the commands that only read and write the store.
	st := func(args ...string) []string { return append(args, "--scope", scope, "--db", db, "--no-config") }

	run(0, cmd("baseline", "create", "--approved-by", "alice@example.com")...)

	// The three drifts, made as people make them: kubectl edit and kubectl apply.
	edit := metav1.PatchOptions{FieldManager: "kubectl-edit"}
	if _, err := dyn.Resource(enfDeployments).Namespace("shop").Patch(ctx, "web", types.MergePatchType, []byte(`{"spec":{"replicas":5}}`), edit); err != nil {
		t.Fatal(err)
	}
	enfSetPrivileged(t, dyn)
	exposed, _ := kubetest.Decode([]byte(`{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "exposed", "namespace": "shop"},
		"spec": {"selector": {"app": "web"}, "ports": [{"port": 443}], "externalIPs": ["203.0.113.7"]}}`))
	if err := a.Apply(ctx, exposed...); err != nil {
		t.Fatal(err)
	}

	var d enfDrift
	if err := json.Unmarshal([]byte(run(1, cmd("drift", "-o", "json")...)), &d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []struct{ key, kind, verdict, rule string }{
		{enfWebKey, "changed", "benign", ""},
		{enfWorkerKey, "changed", "risky", "PLB-K8S-POD-004"},
		{enfExposedKey, "added", "risky", "PLB-K8S-NET-001"},
	} {
		kind, verdict, rules := d.entry(want.key)
		if kind != want.kind || verdict != want.verdict || want.rule != "" && !enfContains(rules, want.rule) {
			t.Errorf("%s: %s %s %v, want %s %s breaking %s", want.key, kind, verdict, rules, want.kind, want.verdict, want.rule)
		}
	}
	if len(d.Entries) != 3 {
		t.Errorf("%d drift entries, want 3: %+v", len(d.Entries), d.Entries)
	}

	// Paused: the watch cycle reports and reverts nothing.
	run(0, st("enforce", "set", "--mode", "risky", "--reason", "prod runs as approved", "--by", "alice@example.com")...)
	run(0, st("enforce", "pause", "--reason", "release 4.2", "--by", "bob@example.com")...)
	out := run(1, cmd("drift", "watch", "--once")...)
	if !strings.Contains(out, "enforcement is paused by bob@example.com") || !strings.Contains(out, "release 4.2") || strings.Contains(out, "REVERTED") {
		t.Errorf("paused watch cycle:\n%s", out)
	}
	if !enfPrivileged(t, dyn) || !enfExists(t, dyn, enfServices, "exposed") {
		t.Fatal("a revert happened while enforcement was paused")
	}

	// Resumed: one cycle reverts the two risky drifts and keeps the benign one.
	run(0, cmd("enforce", "resume", "--reason", "release 4.2 rolled back", "--by", "bob@example.com")...)
	out = run(0, cmd("drift", "watch", "--once")...)
	t.Logf("watch cycle in mode risky:\n%s", out)
	if !strings.Contains(out, "REVERTED changed "+enfWorkerKey) || !strings.Contains(out, "REVERTED added "+enfExposedKey) || strings.Contains(out, "REVERTED changed "+enfWebKey) {
		t.Errorf("watch cycle in mode risky:\n%s", out)
	}
	if enfPrivileged(t, dyn) {
		t.Error("worker is still privileged")
	}
	if enfExists(t, dyn, enfServices, "exposed") {
		t.Error("the Service with externalIPs still exists")
	}
	if r := enfReplicas(t, dyn, "web"); r != 5 {
		t.Errorf("web has %d replicas: the benign change was reverted", r)
	}
	// The next cycle has nothing new to say and nothing to revert.
	out = run(0, cmd("drift", "watch", "--once")...)
	if strings.Contains(out, "REVERTED") || strings.Contains(out, "new of") {
		t.Errorf("second cycle:\n%s", out)
	}

	t.Logf("plumb audit:\n%s", run(0, "audit", "--scope", scope, "--db", db, "--no-config"))
	var log enfAudit
	if err := json.Unmarshal([]byte(run(0, "audit", "--scope", scope, "--db", db, "--no-config", "-o", "json")), &log); err != nil {
		t.Fatal(err)
	}
	reverts := map[string]bool{}
	sets := 0
	for _, e := range log {
		switch e.Action {
		case "drift.revert":
			reverts[e.Target] = true
			if e.Actor != "plumb" || e.Scope != scope || !strings.Contains(e.Reason, "risky") {
				t.Errorf("revert audit entry %+v", e)
			}
			switch e.Target {
			case enfWorkerKey:
				e.Before, e.After = enfCompact(t, e.Before), enfCompact(t, e.After)
				if !strings.Contains(string(e.Before), `"privileged":true`) || strings.Contains(string(e.After), "privileged") {
					t.Errorf("worker revert: before %s after %s", e.Before, e.After)
				}
			case enfExposedKey:
				e.Before, e.After = enfCompact(t, e.Before), enfCompact(t, e.After)
				if !strings.Contains(string(e.Before), "203.0.113.7") || string(e.After) != "null" {
					t.Errorf("Service revert: before %s after %s", e.Before, e.After)
				}
			}
		case "enforcement.set":
			sets++
		}
	}
	if !reverts[enfWorkerKey] || !reverts[enfExposedKey] || len(reverts) != 2 || sets != 3 {
		t.Errorf("audit log: reverts of %v and %d setting changes, want the two risky reverts and 3 settings:\n%s", reverts, sets,
			run(0, "audit", "--scope", scope, "--db", db, "--no-config"))
	}

	// A deployment window: pause, deploy, resume adopting what was deployed.
	run(0, st("enforce", "pause", "--reason", "release 4.3")...)
	enfSetPrivileged(t, dyn)
	out = run(0, cmd("enforce", "resume", "--rebaseline", "--reason", "release 4.3 approved", "--by", "carol@example.com")...)
	if !strings.Contains(out, "approved by carol@example.com") || !strings.Contains(out, "Enforcement of "+scope+": risky\n") {
		t.Errorf("resume --rebaseline:\n%s", out)
	}
	out = run(0, cmd("drift")...)
	if !strings.Contains(out, "No drift.") {
		t.Errorf("drift after resume --rebaseline:\n%s", out)
	}
	run(0, cmd("drift", "watch", "--once")...)
	if !enfPrivileged(t, dyn) || enfReplicas(t, dyn, "web") != 5 {
		t.Error("the adopted state was reverted")
	}
	out = run(0, st("enforce", "status")...)
	if !strings.Contains(out, "risky") || !strings.Contains(out, "carol@example.com") {
		t.Errorf("enforce status:\n%s", out)
	}
}

func enfSetPrivileged(t *testing.T, dyn dynamic.Interface) {
	t.Helper()
	if _, err := dyn.Resource(enfDeployments).Namespace("shop").Patch(context.Background(), "worker", types.StrategicMergePatchType,
		[]byte(`{"spec":{"template":{"spec":{"containers":[{"name":"worker","securityContext":{"privileged":true}}]}}}}`),
		metav1.PatchOptions{FieldManager: "kubectl-edit"}); err != nil {
		t.Fatal(err)
	}
}

func enfPrivileged(t *testing.T, dyn dynamic.Interface) bool {
	t.Helper()
	u, err := dyn.Resource(enfDeployments).Namespace("shop").Get(context.Background(), "worker", metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cs, _, _ := enfSlice(u.Object, "spec", "template", "spec", "containers")
	for _, c := range cs {
		sc, _ := c.(map[string]any)["securityContext"].(map[string]any)
		if sc["privileged"] == true {
			return true
		}
	}
	return false
}

func enfReplicas(t *testing.T, dyn dynamic.Interface, name string) int64 {
	t.Helper()
	u, err := dyn.Resource(enfDeployments).Namespace("shop").Get(context.Background(), name, metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	spec, _ := u.Object["spec"].(map[string]any)
	n, _ := spec["replicas"].(int64)
	return n
}

func enfExists(t *testing.T, dyn dynamic.Interface, gvr schema.GroupVersionResource, name string) bool {
	t.Helper()
	_, err := dyn.Resource(gvr).Namespace("shop").Get(context.Background(), name, metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		return false
	}
	if err != nil {
		t.Fatal(err)
	}
	return true
}

func enfSlice(obj map[string]any, path ...string) ([]any, bool, error) {
	var v any = obj
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, false, nil
		}
		v = m[p]
	}
	s, ok := v.([]any)
	return s, ok, nil
}

func enfCompact(t *testing.T, raw json.RawMessage) json.RawMessage {
	t.Helper()
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// enfPlumb runs the CLI as main would.
func enfPlumb(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = cli.Execute(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func enfContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
