package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/plumbsec/plumb/internal/store"
)

// Benchmark sizes: a scan as large as a big cluster or account.
const (
	BenchResources = 10000
	BenchFindings  = 5000
)

// BenchmarkSaveScan measures SaveScan of a 10k-resource, 5k-finding scan into st, and
// reports resources written per second.
func BenchmarkSaveScan(b *testing.B, st store.Store) {
	sc := NewScan(MustScope("kubernetes:bench"), T0, BenchResources, BenchFindings)
	ctx := context.Background()
	b.ReportAllocs()
	start := time.Now()
	n := 0
	for b.Loop() {
		if _, err := st.SaveScan(ctx, sc); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n*BenchResources)/time.Since(start).Seconds(), "resources/s")
}

// BenchmarkReadScan measures Scan (the whole of it, decoded) of a 10k-resource, 5k-finding
// scan from st.
func BenchmarkReadScan(b *testing.B, st store.Store) {
	sc := NewScan(MustScope("kubernetes:bench"), T0, BenchResources, BenchFindings)
	ctx := context.Background()
	id, err := st.SaveScan(ctx, sc)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		got, err := st.Scan(ctx, id)
		if err != nil {
			b.Fatal(err)
		}
		if len(got.Resources) != BenchResources {
			b.Fatalf("read %d resources", len(got.Resources))
		}
	}
}
