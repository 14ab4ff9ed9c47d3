package kubernetes_test

import (
	"strings"
	"testing"

	live "github.com/plumbsec/plumb/internal/live/kubernetes"
)

// TestKindsCoverTheRules: every kind a built-in Kubernetes rule reads is collected, so no
// rule is silently blind to live state.
func TestKindsCoverTheRules(t *testing.T) {
	rules := 0
	for _, r := range builtin(t).Rules() {
		if !strings.HasPrefix(r.ID, "PLB-K8S-") {
			continue
		}
		rules++
		for _, typ := range r.Types {
			if _, ok := live.KindNamed(typ); !ok {
				t.Errorf("%s reads %s, which the collector does not list", r.ID, typ)
			}
		}
	}
	if rules < 50 {
		t.Fatalf("only %d Kubernetes rules found", rules)
	}
	for _, k := range live.Kinds() {
		if k.MetadataOnly != (k.Kind == "Secret" || k.Kind == "ConfigMap") {
			t.Errorf("%s: MetadataOnly = %v", k.Kind, k.MetadataOnly)
		}
	}
}
