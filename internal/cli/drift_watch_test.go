package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
	k8stypes "k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/dynamic"

	"github.com/plumbsec/plumb/internal/live/kubernetes/kubetest"
)

// syncBuffer is an output written by the watcher's goroutines and read by the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitFor polls out until it holds want or the time is up.
func waitFor(t *testing.T, out *syncBuffer, want string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !strings.Contains(out.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q within %s; output:\n%s", want, within, out)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestDriftWatchEvents: a running `plumb drift watch` on a Kubernetes scope, whose interval
// is an hour, runs a cycle when an object changes: a container made privileged is
// reverted within seconds, and printed once. Cancelling the command's context (as SIGINT
// does) ends it cleanly.
func TestDriftWatchEvents(t *testing.T) {
	srv := kubetest.Start(t)
	ctx := context.Background()
	objs, err := kubetest.Decode([]byte(`
apiVersion: v1
kind: Namespace
metadata: {name: ops}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: agent, namespace: ops}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers: [{name: agent, image: "busybox:1.36"}]
`))
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
	scope := "kubernetes:" + kubetest.AdminContext + "/ops"
	db := filepath.Join(t.TempDir(), "plumb.db")
	live := []string{"--scope", scope, "--kubeconfig", srv.Kubeconfig, "--db", db, "--no-config"}
	var out, errOut syncBuffer
	exec := func(args ...string) {
		t.Helper()
		root := newRoot(&out, &errOut)
		root.SetArgs(args)
		root.SetOut(&out)
		if err := root.Execute(); err != nil {
			t.Fatalf("plumb %s: %v\n%s", strings.Join(args, " "), err, errOut.String())
		}
	}
	exec(append([]string{"baseline", "create", "--approved-by", "alice"}, live...)...)
	exec("enforce", "set", "--scope", scope, "--db", db, "--no-config", "--mode", "risky", "--by", "alice")

	wctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		root := newRoot(&out, &errOut)
		root.SetArgs(append([]string{"drift", "watch", "--interval", "1h", "--debounce", "300ms"}, live...))
		root.SetOut(&out)
		done <- root.ExecuteContext(wctx)
	}()
	t.Cleanup(func() {
		stop()
		<-done
	})
	waitFor(t, &out, "Watching "+scope, 30*time.Second)
	// The first cycle has run when its run is stored; give the watch its initial listing.
	time.Sleep(2 * time.Second)

	dyn, err := dynamic.NewForConfig(srv.Config(srv.AdminToken))
	if err != nil {
		t.Fatal(err)
	}
	gvr := schema.GroupVersionResource{Group: "apps", Version: "v1", Resource: "deployments"}
	if _, err := dyn.Resource(gvr).Namespace("ops").Patch(ctx, "agent", k8stypes.StrategicMergePatchType,
		[]byte(`{"spec":{"template":{"spec":{"containers":[{"name":"agent","securityContext":{"privileged":true}}]}}}}`),
		metav1.PatchOptions{FieldManager: "kubectl-edit"}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, &out, "REVERTED changed apps/v1/Deployment ops/agent", 60*time.Second)
	u, err := dyn.Resource(gvr).Namespace("ops").Get(ctx, "agent", metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(mustJSON(t, u.Object), `"privileged":true`) {
		t.Error("agent is still privileged")
	}
	// The revert itself is a change: the cycle it starts finds nothing to print.
	time.Sleep(2 * time.Second)
	if n := strings.Count(out.String(), "RISKY"); n != 1 {
		t.Errorf("the drift was printed %d times, want once:\n%s", n, out.String())
	}
	stop()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("watch ended with %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("watch did not stop when its context ended")
	}
	done <- nil // for the cleanup
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	var b bytes.Buffer
	if err := writeJSON(&b, v); err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	if err := json.Compact(&c, b.Bytes()); err != nil {
		t.Fatal(err)
	}
	return c.String()
}

// TestDriftWatchNoBaseline: a watcher of a scope with no baseline has nothing to compare
// with and stops at once with exit status 2, saying how to create one, rather than failing
// every cycle forever.
func TestDriftWatchNoBaseline(t *testing.T) {
	db := filepath.Join(t.TempDir(), "plumb.db")
	var out, errOut bytes.Buffer
	code := Execute([]string{"drift", "watch", "--scope", "tfstate:" + filepath.Join(t.TempDir(), "x.tfstate"), "--db", db, "--no-config"},
		strings.NewReader(""), &out, &errOut)
	if code != 2 || !strings.Contains(errOut.String(), "plumb baseline create") {
		t.Errorf("exit %d, stderr %q; want 2 and how to create a baseline", code, errOut.String())
	}
}
