package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/plumbsec/plumb/internal/store"
	"github.com/plumbsec/plumb/internal/store/sqlite"
	"github.com/plumbsec/plumb/internal/store/storetest"
)

func TestStore(t *testing.T) {
	var n atomic.Int64
	storetest.Run(t, func(t *testing.T) string {
		// Every form Open takes, in turn: a plain path, the sqlite: prefix, a path with
		// characters a URI would read as its own.
		dir := t.TempDir()
		switch n.Add(1) % 3 {
		case 0:
			return filepath.Join(dir, "plumb.db")
		case 1:
			return "sqlite:" + filepath.Join(dir, "plumb.db")
		}
		return filepath.Join(dir, "a dir?with#odd&chars%20", "plumb.db")
	})
}

func TestOpenUsesTheExactPath(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a dir?with#odd&chars%20", "plumb.db")
	st, err := store.Open(context.Background(), "sqlite:"+p)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := os.Stat(p); err != nil {
		t.Errorf("the database is not where it was asked to be: %v", err)
	}
	if got := st.(*sqlite.Store).Path(); got != p {
		t.Errorf("Path() = %q, want %q", got, p)
	}
}

func TestIntegrityCheckAndBackup(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := sqlite.Open(ctx, filepath.Join(dir, "plumb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sc := storetest.NewScan(storetest.MustScope("aws:123456789012/eu-west-1"), storetest.T0, 50, 20)
	id, err := st.SaveScan(ctx, sc)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(dir, "backup.db")
	if err := st.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	copied, err := sqlite.Open(ctx, backup)
	if err != nil {
		t.Fatal(err)
	}
	defer copied.Close()
	got, err := copied.Scan(ctx, id)
	if err != nil || len(got.Resources) != 50 {
		t.Fatalf("the backup holds %v, %v", got, err)
	}
}
