package postgres_test

import (
	"context"
	"testing"

	"github.com/plumbsec/plumb/internal/store/postgres"
	"github.com/plumbsec/plumb/internal/store/storetest"
)

func openBench(b *testing.B) *postgres.Store {
	st, err := postgres.Open(context.Background(), newDatabase(b))
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
