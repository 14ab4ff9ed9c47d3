package enforce_test

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/drift/enforce"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
	_ "github.com/plumbsec/plumb/internal/store/sqlite"
)

func open(t *testing.T) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "plumb.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func res(key string, replicas int64) *resource.Resource {
	return &resource.Resource{Key: key, Type: "Deployment", Attributes: map[string]any{"spec": map[string]any{"replicas": replicas}}}
}

// drifts are three entries of one scope: a risky change, a benign change, a risky addition
// whose revert fails.
func drifts() []enforce.Drift {
	return []enforce.Drift{
		{DriftEntry: store.DriftEntry{Key: "web", Type: "Deployment", Kind: store.Changed, Verdict: store.Risky, Rules: []string{"PLB-K8S-POD-004"}},
			Baseline: res("web", 2), Live: res("web", 9)},
		{DriftEntry: store.DriftEntry{Key: "api", Type: "Deployment", Kind: store.Changed, Verdict: store.Benign},
			Baseline: res("api", 1), Live: res("api", 3)},
		{DriftEntry: store.DriftEntry{Key: "exposed", Type: "Service", Kind: store.Added, Verdict: store.Risky, Rules: []string{"PLB-K8S-SVC-001"}},
			Live: res("exposed", 0)},
	}
}

// reverter records what it is asked to revert and fails on "exposed", as a revert the
// API server refuses would.
type reverter struct{ reverted []string }

func (r *reverter) Revert(_ context.Context, kind store.DriftKind, baseline, live *resource.Resource) (*resource.Resource, *resource.Resource, error) {
	if kind == store.Added {
		r.reverted = append(r.reverted, live.Key)
		return live, live, errors.New("forbidden")
	}
	r.reverted = append(r.reverted, baseline.Key)
	return live, baseline, nil
}

// TestEnforceModes: off and paused revert nothing and say why; risky reverts the risky
// entries (the added one too) and keeps the benign; all reverts everything. Each attempt is
// audited with before, after, the rules and the run; a failure is audited as such and does
// not stop the next revert.
func TestEnforceModes(t *testing.T) {
	ctx := context.Background()
	sc, _ := store.ParseScope("kubernetes:prod/shop")
	for _, tt := range []struct {
		setting store.Enforcement
		held    string
		want    []string // keys reverted, in order
	}{
		{store.Enforcement{Mode: store.EnforceOff, By: "ops"}, "enforcement is off", nil},
		{store.Enforcement{Mode: store.EnforceRisky, Paused: true, By: "ops", Reason: "release 4.2"}, "paused by ops", nil},
		{store.Enforcement{Mode: store.EnforceRisky, By: "ops"}, "", []string{"web", "exposed"}},
		{store.Enforcement{Mode: store.EnforceAll, By: "ops"}, "", []string{"web", "api", "exposed"}},
	} {
		t.Run(tt.setting.Mode.String()+map[bool]string{true: "-paused"}[tt.setting.Paused], func(t *testing.T) {
			st := open(t)
			if err := st.SetEnforcement(ctx, sc, tt.setting); err != nil {
				t.Fatal(err)
			}
			rv := &reverter{}
			out, err := enforce.Enforce(ctx, enforce.Options{Store: st, Scope: sc, RunID: 7, Reverter: rv}, drifts())
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(rv.reverted, ",") != strings.Join(tt.want, ",") {
				t.Errorf("reverted %v, want %v", rv.reverted, tt.want)
			}
			if tt.held != "" {
				if _, _, kept := out.Counts(); !out.Held || !strings.Contains(out.Why, tt.held) || kept != 3 {
					t.Errorf("held %v (%q), %d of 3 kept; want held with %q", out.Held, out.Why, kept, tt.held)
				}
				if tt.setting.Paused && (out.Pending != 2 || !strings.Contains(out.Why, "release 4.2")) {
					t.Errorf("paused: %d pending, why %q; want the 2 risky entries and the reason", out.Pending, out.Why)
				}
			}
			log, err := st.Audit(ctx, store.AuditFilter{Scope: sc})
			if err != nil {
				t.Fatal(err)
			}
			var reverts []store.AuditEntry
			for _, e := range log {
				if strings.HasPrefix(e.Action, "drift.") {
					reverts = append(reverts, e)
				}
			}
			if len(reverts) != len(tt.want) {
				t.Fatalf("%d revert audit entries, want %d: %+v", len(reverts), len(tt.want), reverts)
			}
			for _, e := range reverts {
				if e.Actor != "plumb" || e.Scope != sc || !strings.Contains(e.Reason, "drift run 7") {
					t.Errorf("audit entry %+v: want actor plumb, the scope and the run", e)
				}
				switch e.Target {
				case "web":
					var before, after map[string]map[string]int
					_ = json.Unmarshal(e.Before, &before)
					_ = json.Unmarshal(e.After, &after)
					if e.Action != enforce.ActionRevert || before["spec"]["replicas"] != 9 || after["spec"]["replicas"] != 2 ||
						!strings.Contains(e.Reason, "PLB-K8S-POD-004") {
						t.Errorf("web: %s %s -> %s (%s)", e.Action, e.Before, e.After, e.Reason)
					}
				case "exposed":
					if e.Action != enforce.ActionRevertFailed || !strings.Contains(e.Reason, "failed: forbidden") {
						t.Errorf("exposed: %s (%s), want a failure", e.Action, e.Reason)
					}
				}
			}
			if rev, failed, kept := out.Counts(); tt.held == "" && (rev+failed != len(tt.want) || failed != 1 || kept != 3-len(tt.want)) {
				t.Errorf("counts %d reverted, %d failed, %d kept", rev, failed, kept)
			}
		})
	}
}
