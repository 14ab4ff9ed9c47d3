package kubernetes_test

import (
	"context"
	"testing"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	live "github.com/plumbsec/plumb/internal/live/kubernetes"
	"github.com/plumbsec/plumb/internal/live/kubernetes/kubetest"
	"github.com/plumbsec/plumb/internal/resource"
)

// TestWatch: Watch reports what exists, then Synced, then each change to a Deployment:
// its creation, a change of replicas, and its deletion. A change that the canonical
// resource does not hold (an annotation the server's controllers own) is no event.
func TestWatch(t *testing.T) {
	srv := kubetest.Shared(t)
	const ns = "watched"
	a, err := kubetest.NewApplier(srv.Config(srv.AdminToken))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	nsObj := &unstructured.Unstructured{Object: map[string]any{"apiVersion": "v1", "kind": "Namespace", "metadata": map[string]any{"name": ns}}}
	if err := a.Apply(ctx, nsObj, deployment(ns, "before", "nginx:1.27")); err != nil {
		t.Fatal(err)
	}
	c, err := live.New(live.Options{Kubeconfig: srv.Kubeconfig, Scope: scope(t, "kubernetes:"+kubetest.AdminContext+"/"+ns)})
	if err != nil {
		t.Fatal(err)
	}
	events := make(chan live.Event, 100)
	wctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- c.Watch(wctx, func(e live.Event) { events <- e }) }()
	t.Cleanup(func() {
		stop()
		if err := <-done; err != context.Canceled {
			t.Errorf("Watch returned %v, want context.Canceled", err)
		}
	})

	next := func(what string) live.Event {
		t.Helper()
		select {
		case e := <-events:
			return e
		case <-time.After(30 * time.Second):
			t.Fatalf("no event while waiting for %s", what)
		}
		return live.Event{}
	}
	initial := map[string]bool{}
	for e := next("the initial list"); e.Type != live.Synced; e = next("Synced") {
		if e.Type != live.Added {
			t.Fatalf("%s before Synced", e.Type)
		}
		initial[e.Resource.Key] = true
	}
	if !initial["apps/v1/Deployment watched/before"] || !initial["v1/Namespace watched"] {
		t.Fatalf("initial objects %v, want the Deployment and the Namespace", initial)
	}

	const key = "apps/v1/Deployment watched/web"
	web := deployment(ns, "web", "nginx:1.27")
	if err := a.Apply(ctx, web); err != nil {
		t.Fatal(err)
	}
	if e := next("the creation"); e.Type != live.Added || e.Resource.Key != key {
		t.Fatalf("got %s %v, want added %s", e.Type, keyOf(e.Resource), key)
	}
	// The revision annotation is stripped as the server's: no event. Replicas is one.
	ri, err := a.Resource(web)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ri.Patch(ctx, "web", "application/merge-patch+json",
		[]byte(`{"metadata":{"annotations":{"deployment.kubernetes.io/revision":"7"}}}`), metav1.PatchOptions{}); err != nil {
		t.Fatal(err)
	}
	_ = unstructured.SetNestedField(web.Object, int64(3), "spec", "replicas")
	if err := a.Apply(ctx, web); err != nil {
		t.Fatal(err)
	}
	e := next("the change of replicas")
	if e.Type != live.Updated || e.Resource.Key != key {
		t.Fatalf("got %s %v, want updated %s", e.Type, keyOf(e.Resource), key)
	}
	if r, _ := resource.Get(e.Resource.Attributes, resource.Path{"spec", "replicas"}); r != int64(3) {
		t.Errorf("replicas after the update = %v, want 3", r)
	}
	if _, ok := resource.Get(e.Previous.Attributes, resource.Path{"spec", "replicas"}); ok {
		t.Errorf("replicas before the update is set; want absent (the default, 1, is stripped)")
	}
	if err := ri.Delete(ctx, "web", metav1.DeleteOptions{}); err != nil {
		t.Fatal(err)
	}
	if e := next("the deletion"); e.Type != live.Deleted || e.Resource.Key != key {
		t.Fatalf("got %s %v, want deleted %s", e.Type, keyOf(e.Resource), key)
	}
}

func keyOf(r *resource.Resource) string {
	if r == nil {
		return "(none)"
	}
	return r.Key
}
