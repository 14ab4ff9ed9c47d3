package kubernetes_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/dynamic"

	"github.com/plumbsec/plumb/internal/adapt"
	live "github.com/plumbsec/plumb/internal/live/kubernetes"
	"github.com/plumbsec/plumb/internal/live/kubernetes/kubetest"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

const revertManifests = `
apiVersion: v1
kind: Namespace
metadata: {name: revert}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: revert, labels: {app: web}}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports: [{containerPort: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: api, namespace: revert}
spec:
  selector: {app: web}
  ports: [{port: 80}]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings, namespace: revert, labels: {team: shop}}
data: {mode: strict}
`

var (
	gvrDeployments = schema.GroupVersionResource{Group: "apps", Version: "v1", Resource: "deployments"}
	gvrServices    = schema.GroupVersionResource{Version: "v1", Resource: "services"}
	gvrConfigMaps  = schema.GroupVersionResource{Version: "v1", Resource: "configmaps"}
)

// canonicalByKey collects the scope and returns its canonical resources by key, as a
// baseline or a drift run holds them.
func canonicalByKey(t *testing.T, c *live.Collector) map[string]*resource.Resource {
	t.Helper()
	snap, err := c.Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*resource.Resource{}
	for _, r := range adapt.Canonical(snap.Resources) {
		out[r.Key] = r
	}
	return out
}

func canonicalOne(r *resource.Resource) *resource.Resource {
	if r == nil {
		return nil
	}
	return adapt.Canonical([]*resource.Resource{r})[0]
}

// TestRevert: each kind of drift is written back to the baseline through the API server,
// and reading the scope again gives the baseline's attributes exactly.
//   - A Deployment changed by another field manager (kubectl edit's kind of write): a
//     privileged securityContext and an extra label added, the image and the replicas
//     changed. The apply restores what it sets; the fields the other manager added are
//     removed although an apply alone could not take them away.
//   - A Service deleted is recreated; a Service added is deleted.
//   - A ConfigMap deleted cannot be recreated (its values were never read): the revert
//     says so and writes nothing; its changed labels can be restored.
func TestRevert(t *testing.T) {
	srv := kubetest.Shared(t)
	ctx := context.Background()
	a, err := kubetest.NewApplier(srv.Config(srv.AdminToken))
	if err != nil {
		t.Fatal(err)
	}
	objs, err := kubetest.Decode([]byte(revertManifests))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Apply(ctx, objs...); err != nil {
		t.Fatal(err)
	}
	c, err := live.New(live.Options{Kubeconfig: srv.Kubeconfig, Scope: scope(t, "kubernetes:"+kubetest.AdminContext+"/revert")})
	if err != nil {
		t.Fatal(err)
	}
	baseline := canonicalByKey(t, c)
	const (
		webKey      = "apps/v1/Deployment revert/web"
		apiKey      = "v1/Service revert/api"
		exposedKey  = "v1/Service revert/exposed"
		settingsKey = "v1/ConfigMap revert/settings"
	)
	for _, k := range []string{webKey, apiKey, settingsKey} {
		if baseline[k] == nil {
			t.Fatalf("%s not collected", k)
		}
	}

	dyn, err := dynamic.NewForConfig(srv.Config(srv.AdminToken))
	if err != nil {
		t.Fatal(err)
	}
	edit := metav1.PatchOptions{FieldManager: "kubectl-edit"}
	if _, err := dyn.Resource(gvrDeployments).Namespace("revert").Patch(ctx, "web", types.StrategicMergePatchType, []byte(`{
		"metadata": {"labels": {"hotfix": "yes"}},
		"spec": {"replicas": 5, "template": {"spec": {"containers": [
			{"name": "web", "image": "nginx:latest", "securityContext": {"privileged": true}}]}}}}`), edit); err != nil {
		t.Fatal(err)
	}
	if err := dyn.Resource(gvrServices).Namespace("revert").Delete(ctx, "api", metav1.DeleteOptions{}); err != nil {
		t.Fatal(err)
	}
	exposed, _ := kubetest.Decode([]byte(`{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "exposed", "namespace": "revert"},
		"spec": {"ports": [{"port": 443}], "externalIPs": ["203.0.113.7"]}}`))
	if err := a.Apply(ctx, exposed...); err != nil {
		t.Fatal(err)
	}
	if _, err := dyn.Resource(gvrConfigMaps).Namespace("revert").Patch(ctx, "settings", types.MergePatchType,
		[]byte(`{"metadata": {"labels": {"team": "other", "extra": "x"}}}`), edit); err != nil {
		t.Fatal(err)
	}
	drifted := canonicalByKey(t, c)

	// Changed Deployment.
	before, after, err := c.Revert(ctx, store.Changed, baseline[webKey], drifted[webKey])
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := resource.Get(before.Attributes, resource.Path{"spec", "template", "spec", "containers", 0, "securityContext", "privileged"}); v != true {
		t.Errorf("before does not show the privileged container: %v", before.Attributes["spec"])
	}
	if got := canonicalOne(after); !reflect.DeepEqual(got.Attributes, baseline[webKey].Attributes) {
		t.Errorf("after the revert the Deployment is\n%v\nwant the baseline\n%v", got.Attributes, baseline[webKey].Attributes)
	}

	// Removed Service: recreated.
	before, after, err = c.Revert(ctx, store.Removed, baseline[apiKey], nil)
	if err != nil {
		t.Fatal(err)
	}
	if before != nil || after == nil {
		t.Fatalf("recreate: before %v, after %v; want nil and the Service", before, after)
	}

	// Added Service: deleted.
	before, after, err = c.Revert(ctx, store.Added, nil, drifted[exposedKey])
	if err != nil {
		t.Fatal(err)
	}
	if before == nil || after != nil {
		t.Fatalf("delete: before %v, after %v; want the Service and nil", before, after)
	}

	// ConfigMap: labels restored, values untouched.
	if _, _, err := c.Revert(ctx, store.Changed, baseline[settingsKey], drifted[settingsKey]); err != nil {
		t.Fatal(err)
	}
	cm, err := dyn.Resource(gvrConfigMaps).Namespace("revert").Get(ctx, "settings", metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := cm.GetLabels(); !reflect.DeepEqual(got, map[string]string{"team": "shop"}) {
		t.Errorf("ConfigMap labels after revert: %v, want team=shop only", got)
	}
	if data, _, _ := unstructuredString(cm.Object, "data", "mode"); data != "strict" {
		t.Errorf("ConfigMap data changed by the revert: %v", cm.Object["data"])
	}

	// The scope now reads as its baseline.
	now := canonicalByKey(t, c)
	for _, k := range []string{webKey, apiKey, settingsKey} {
		if !reflect.DeepEqual(now[k].Attributes, baseline[k].Attributes) {
			t.Errorf("%s after revert:\n%v\nwant\n%v", k, now[k].Attributes, baseline[k].Attributes)
		}
	}
	if now[exposedKey] != nil {
		t.Errorf("%s still exists", exposedKey)
	}

	// A deleted ConfigMap cannot be recreated: Plumb never read its values.
	if err := dyn.Resource(gvrConfigMaps).Namespace("revert").Delete(ctx, "settings", metav1.DeleteOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Revert(ctx, store.Removed, baseline[settingsKey], nil); !errors.Is(err, live.ErrNotRevertible) || !strings.Contains(err.Error(), "values were never read") {
		t.Errorf("recreating a ConfigMap: %v, want ErrNotRevertible", err)
	}
	if _, err := dyn.Resource(gvrConfigMaps).Namespace("revert").Get(ctx, "settings", metav1.GetOptions{}); err == nil {
		t.Errorf("a ConfigMap with empty values was created")
	}

	// An object outside the collector's namespace is refused.
	other := &resource.Resource{Key: "v1/Service shop/x", Type: "Service", Attributes: map[string]any{
		"apiVersion": "v1", "kind": "Service", "metadata": map[string]any{"name": "x", "namespace": "shop"}}}
	if _, _, err := c.Revert(ctx, store.Added, nil, other); !errors.Is(err, live.ErrNotRevertible) {
		t.Errorf("revert outside the scope: %v, want ErrNotRevertible", err)
	}
}

func unstructuredString(obj map[string]any, path ...string) (string, bool, error) {
	var v any = obj
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return "", false, nil
		}
		v = m[p]
	}
	s, ok := v.(string)
	return s, ok, nil
}
