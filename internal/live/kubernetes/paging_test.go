package kubernetes_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	live "github.com/plumbsec/plumb/internal/live/kubernetes"
	"github.com/plumbsec/plumb/internal/live/kubernetes/kubetest"
)

// listCounter counts the list requests a client sends, and those that continue a list.
type listCounter struct {
	mu               sync.Mutex
	lists, continued int
	next             http.RoundTripper
}

func (c *listCounter) RoundTrip(req *http.Request) (*http.Response, error) {
	q := req.URL.Query()
	if req.Method == http.MethodGet && q.Get("limit") != "" {
		c.mu.Lock()
		c.lists++
		if q.Get("continue") != "" {
			c.continued++
		}
		c.mu.Unlock()
	}
	return c.next.RoundTrip(req)
}

// TestPagedCollection: with a page of 4 objects, a namespace of 23 ConfigMaps and 9
// Deployments is read in several pages per kind, and every object exactly once.
func TestPagedCollection(t *testing.T) {
	srv := kubetest.Shared(t)
	const ns, configMaps, deployments = "paging", 23, 9
	objs := []*unstructured.Unstructured{{Object: map[string]any{"apiVersion": "v1", "kind": "Namespace", "metadata": map[string]any{"name": ns}}}}
	for i := range configMaps {
		objs = append(objs, &unstructured.Unstructured{Object: map[string]any{"apiVersion": "v1", "kind": "ConfigMap",
			"metadata": map[string]any{"name": fmt.Sprintf("cm-%02d", i), "namespace": ns}, "data": map[string]any{"k": "v"}}})
	}
	for i := range deployments {
		objs = append(objs, deployment(ns, fmt.Sprintf("web-%02d", i), "nginx:1.27"))
	}
	a, err := kubetest.NewApplier(srv.Config(srv.AdminToken))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Apply(context.Background(), objs...); err != nil {
		t.Fatal(err)
	}
	counter := &listCounter{}
	cfg := srv.Config(srv.AdminToken)
	cfg.WrapTransport = func(rt http.RoundTripper) http.RoundTripper { counter.next = rt; return counter }
	snap := collect(t, live.Options{REST: cfg, Scope: scope(t, "kubernetes:paged/"+ns), PageSize: 4})
	seen := map[string]int{}
	byType := map[string]int{}
	for _, r := range snap.Resources {
		seen[r.Key]++
		byType[r.Type]++
		if !strings.HasPrefix(r.LocationOf(nil).File, "<k8s://paged/") {
			t.Errorf("%s located at %s, want the context of the scope", r.Key, r.LocationOf(nil))
		}
	}
	for k, n := range seen {
		if n != 1 {
			t.Errorf("%s collected %d times", k, n)
		}
	}
	if byType["ConfigMap"] != configMaps || byType["Deployment"] != deployments || byType["Namespace"] != 1 {
		t.Errorf("collected %v, want %d ConfigMaps, %d Deployments and the Namespace", byType, configMaps, deployments)
	}
	// ConfigMaps: 6 pages, Deployments 3; every other kind one page.
	if counter.continued < 5+2 {
		t.Errorf("%d list requests continued a list, want at least 7", counter.continued)
	}
	t.Logf("%d list requests, %d of them continuations", counter.lists, counter.continued)
}

func deployment(ns, name, image string) *unstructured.Unstructured {
	labels := map[string]any{"app": name}
	return &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "apps/v1", "kind": "Deployment",
		"metadata": map[string]any{"name": name, "namespace": ns},
		"spec": map[string]any{
			"selector": map[string]any{"matchLabels": labels},
			"template": map[string]any{
				"metadata": map[string]any{"labels": labels},
				"spec":     map[string]any{"containers": []any{map[string]any{"name": "app", "image": image}}},
			},
		},
	}}
}
