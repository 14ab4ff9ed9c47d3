package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/plumbsec/plumb/internal/store/sqlite"
	"github.com/plumbsec/plumb/internal/store/storetest"
)

func openBench(b *testing.B) *sqlite.Store {
	st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "plumb.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

// BenchmarkSaveScan10k: SaveScan of 10k resources and 5k findings.
func BenchmarkSaveScan10k(b *testing.B) { storetest.BenchmarkSaveScan(b, openBench(b)) }

// BenchmarkReadScan10k: Scan of 10k resources and 5k findings.
func BenchmarkReadScan10k(b *testing.B) { storetest.BenchmarkReadScan(b, openBench(b)) }
