package postgres_test

import (
	"context"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
	"github.com/plumbsec/plumb/internal/store/postgres"
)

// TestBaselinesAndAuditAreAppendOnly checks the schema itself, below the Go API: whatever
// connects to the database, a baseline or an audit entry cannot be changed or removed.
func TestBaselinesAndAuditAreAppendOnly(t *testing.T) {
	ctx := context.Background()
	st, err := postgres.Open(ctx, newDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	scope, _ := store.ParseScope("kubernetes:prod")
	if _, err := st.CreateBaseline(ctx, store.Baseline{BaselineSummary: store.BaselineSummary{Scope: scope, ApprovedBy: "alice", Note: ""}, Resources: []*resource.Resource{{Key: "k", Type: "Pod"}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AppendAudit(ctx, store.AuditEntry{Actor: "alice", Action: "x"}); err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		"UPDATE baselines SET note = 'rewritten'",
		"DELETE FROM baselines",
		"TRUNCATE baselines CASCADE",
		"UPDATE baseline_resources SET doc = '{}'",
		"DELETE FROM baseline_resources",
		"UPDATE audit SET actor = 'mallory'",
		"DELETE FROM audit",
		"TRUNCATE audit",
	} {
		_, err := st.Pool().Exec(ctx, stmt)
		if err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: %v, want it refused as append-only", stmt, err)
		}
	}
}
