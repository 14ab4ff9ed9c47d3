package kubescan_test

import (
	"context"
	"testing"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/finding"
	live "github.com/plumbsec/plumb/internal/live/kubernetes"
	"github.com/plumbsec/plumb/internal/live/kubernetes/kubescan"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// liveDeployment is a privileged Deployment as the collector returns it.
func liveDeployment(context, ns string) *resource.Resource {
	obj := map[string]any{
		"apiVersion": "apps/v1", "kind": "Deployment",
		"metadata": map[string]any{"name": "web", "namespace": ns},
		"spec": map[string]any{"template": map[string]any{"spec": map[string]any{"containers": []any{
			map[string]any{"name": "web", "image": "nginx:1.27", "securityContext": map[string]any{"privileged": true}},
		}}}},
	}
	r := adapt.NewKubernetesResource(obj, resource.OriginLiveKubernetes)
	r.Root = "kubernetes:" + context
	r.SetLocation(resource.Path{}, live.Location(context, "apps/v1", "Deployment", ns, "web"))
	return r
}

// TestSuppressLiveFindings: config suppressions match a live finding by its resource key
// and by its live location, as the docs say.
func TestSuppressLiveFindings(t *testing.T) {
	eng, err := policy.Load(context.Background(), policy.Options{Only: []string{"PLB-K8S-POD-004"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(eng.Rules()) != 1 {
		t.Fatalf("PLB-K8S-POD-004 is not the privileged rule any more: %d rules", len(eng.Rules()))
	}
	sc, _ := store.NewKubernetesScope("prod", "")
	snap := &live.Snapshot{Scope: sc, Resources: []*resource.Resource{liveDeployment("prod", "shop")}}
	for _, tt := range []struct {
		name string
		sup  finding.Suppression
		want finding.Status
	}{
		{"none", finding.Suppression{}, finding.Open},
		{"by key", finding.Suppression{Rule: "PLB-K8S-POD-004", Resource: "apps/v1/Deployment shop/*", Reason: "r"}, finding.Suppressed},
		{"by live location", finding.Suppression{Rule: "PLB-K8S-POD-004", File: "<k8s://prod/**", Reason: "r"}, finding.Suppressed},
		{"another cluster", finding.Suppression{Rule: "PLB-K8S-POD-004", File: "<k8s://staging/**", Reason: "r"}, finding.Open},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var sups []finding.Suppression
			if tt.sup.Rule != "" {
				sups = append(sups, tt.sup)
			}
			res, err := kubescan.Evaluate(context.Background(), eng, snap, sups)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Findings) != 1 {
				t.Fatalf("%d findings, want 1", len(res.Findings))
			}
			f := res.Findings[0]
			if f.Status != tt.want {
				t.Errorf("status %s, want %s", f.Status, tt.want)
			}
			if f.Location.File != "<k8s://prod/apps/v1/Deployment/shop/web>" || f.Location.StartLine != 0 {
				t.Errorf("located at %+v", f.Location)
			}
		})
	}
}
