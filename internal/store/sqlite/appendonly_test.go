package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// TestBaselinesAndAuditAreAppendOnly checks the schema itself, below the Go API: whatever
// writes to the file, a baseline or an audit entry cannot be changed or removed.
func TestBaselinesAndAuditAreAppendOnly(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(t.TempDir(), "plumb.db"))
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
		"UPDATE baseline_resources SET doc = '{}'",
		"DELETE FROM baseline_resources",
		"UPDATE audit SET actor = 'mallory'",
		"DELETE FROM audit",
	} {
		_, err := st.write.ExecContext(ctx, stmt)
		if err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: %v, want it refused as append-only", stmt, err)
		}
	}
}

// TestConnectionSettings checks that every connection, read and write, has the settings the
// package promises.
func TestConnectionSettings(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(t.TempDir(), "plumb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for name, db := range map[string]*sql.DB{"write": st.write, "read": st.read} {
		for pragma, want := range map[string]string{
			"journal_mode": "wal", "foreign_keys": "1", "synchronous": "2", "busy_timeout": "30000",
		} {
			var got string
			if err := db.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("%s connection: %s = %s, want %s", name, pragma, got, want)
			}
		}
	}
	var q string
	if err := st.read.QueryRowContext(ctx, "PRAGMA query_only").Scan(&q); err != nil || q != "1" {
		t.Errorf("read connection: query_only = %s, %v", q, err)
	}
}
