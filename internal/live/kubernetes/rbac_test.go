package kubernetes_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/client-go/discovery"

	"github.com/plumbsec/plumb/internal/adapt"
	live "github.com/plumbsec/plumb/internal/live/kubernetes"
	"github.com/plumbsec/plumb/internal/live/kubernetes/kubetest"
)

// grantAllButSecrets lets the limited user list and watch every collected kind except
// Secrets, cluster-wide.
func grantAllButSecrets(t *testing.T, srv *kubetest.Server) {
	t.Helper()
	objs, err := kubetest.Decode([]byte(`
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: kubetest-reader-no-secrets}
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
metadata: {name: kubetest-reader-no-secrets}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: kubetest-reader-no-secrets}
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

// TestForbiddenKindIsSkipped: credentials that may list everything but Secrets collect
// everything but Secrets, say so in a warning, and name Secret in Partial.
func TestForbiddenKindIsSkipped(t *testing.T) {
	srv := kubetest.Shared(t)
	applyCluster(t, srv)
	grantAllButSecrets(t, srv)
	opts := live.Options{Kubeconfig: srv.Kubeconfig, Scope: scope(t, "kubernetes:"+kubetest.LimitedContext)}
	// The RBAC authorizer sees a new binding through its informer: wait for it.
	var snap *live.Snapshot
	for deadline := time.Now().Add(20 * time.Second); ; {
		snap = collect(t, opts)
		if len(snap.Partial) <= 1 || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if !slices.Equal(snap.Partial, []string{"Secret"}) {
		t.Fatalf("Partial = %v, want [Secret]; diagnostics: %v", snap.Partial, snap.Diagnostics)
	}
	if len(snap.Diagnostics) != 1 || snap.Diagnostics[0].Error || !strings.Contains(snap.Diagnostics[0].Summary, "may not list") {
		t.Errorf("diagnostics = %v, want one warning that Secrets may not be listed", snap.Diagnostics)
	}
	byType := map[string]int{}
	for _, r := range snap.Resources {
		byType[r.Type]++
	}
	if byType["Secret"] != 0 {
		t.Errorf("%d Secrets collected with credentials that may not list them", byType["Secret"])
	}
	for _, kind := range []string{"Deployment", "ConfigMap", "ClusterRole", "Namespace", "NetworkPolicy"} {
		if byType[kind] == 0 {
			t.Errorf("no %s collected", kind)
		}
	}
}

// TestUnservedKindIsSkipped: a kind the server does not serve is a warning, not an error.
func TestUnservedKindIsSkipped(t *testing.T) {
	srv := kubetest.Shared(t)
	kinds := append(live.Kinds(), live.Kind{Group: "widgets.example.com", Version: "v1", Resource: "widgets", Kind: "Widget", Namespaced: true})
	snap := collect(t, live.Options{Kubeconfig: srv.Kubeconfig, Scope: scope(t, "kubernetes:"+kubetest.AdminContext), Kinds: kinds})
	if !slices.Equal(snap.Partial, []string{"Widget"}) {
		t.Fatalf("Partial = %v, want [Widget]", snap.Partial)
	}
	if d := snap.Diagnostics; len(d) != 1 || d[0].Error || !strings.Contains(d[0].Summary, "does not serve") {
		t.Errorf("diagnostics = %v, want one warning that Widget is not served", d)
	}
}

// TestSecretValuesNeverCollected: neither a Secret's value nor a ConfigMap's reaches a
// collected resource, in any encoding, not even through the last-applied annotation that
// client-side kubectl apply writes.
func TestSecretValuesNeverCollected(t *testing.T) {
	srv := kubetest.Shared(t)
	applyCluster(t, srv)
	const value = "plumb-live-secret-value-7d1f" // testdata/cluster/40-config.yaml
	lastApplied := `{"apiVersion":"v1","kind":"Secret","metadata":{"name":"applied","namespace":"shop"},"stringData":{"token":"` + value + `"}}`
	secret := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "v1", "kind": "Secret",
		"metadata": map[string]any{"name": "applied", "namespace": "shop",
			"annotations": map[string]any{adapt.LastAppliedAnnotation: lastApplied}},
		"stringData": map[string]any{"token": value},
	}}
	a, err := kubetest.NewApplier(srv.Config(srv.AdminToken))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Apply(context.Background(), secret); err != nil {
		t.Fatal(err)
	}
	snap := collect(t, live.Options{Kubeconfig: srv.Kubeconfig, Scope: scope(t, "kubernetes:"+kubetest.AdminContext+"/shop")})
	all, err := json.Marshal(snap.Resources)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{value, base64.StdEncoding.EncodeToString([]byte(value)), "not-really-a-token", "api_token"} {
		if strings.Contains(string(all), v) {
			t.Errorf("collected resources contain %q", v)
		}
	}
	var secrets int
	for _, r := range snap.Resources {
		if r.Type != "Secret" && r.Type != "ConfigMap" {
			continue
		}
		secrets++
		for k := range r.Attributes {
			if k != "apiVersion" && k != "kind" && k != "metadata" {
				t.Errorf("%s has %q: only metadata may be collected", r.Key, k)
			}
		}
	}
	if secrets < 3 {
		t.Errorf("%d Secrets and ConfigMaps collected, want at least 3", secrets)
	}
}

// TestServerIsThePinnedRelease: the harness's API server says it is the release it was
// built from (the version ldflags took), so a test failure names the right Kubernetes.
func TestServerIsThePinnedRelease(t *testing.T) {
	srv := kubetest.Shared(t)
	disc, err := discovery.NewDiscoveryClientForConfig(srv.Config(srv.AdminToken))
	if err != nil {
		t.Fatal(err)
	}
	v, err := disc.ServerVersion()
	if err != nil {
		t.Fatal(err)
	}
	if v.GitVersion != "v"+kubetest.Version {
		t.Errorf("server version %s, want v%s", v.GitVersion, kubetest.Version)
	}
}
