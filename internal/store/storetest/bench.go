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

// BenchmarkSaveScan measures SaveScan of a 10k-resource, 5k-finding scan into st. Besides
// wall time it reports this process's CPU time per scan (cpu-ms/op), which does not grow
// when the machine is shared; for PostgreSQL it leaves out the server's.
func BenchmarkSaveScan(b *testing.B, st store.Store) {
	sc := NewScan(MustScope("kubernetes:bench"), T0, BenchResources, BenchFindings)
	ctx := context.Background()
	b.ReportAllocs()
	measure(b, func() {
		if _, err := st.SaveScan(ctx, sc); err != nil {
			b.Fatal(err)
		}
	})
}

func measure(b *testing.B, op func()) {
	cpu0, ok := cpuTime()
	start := time.Now()
	n := 0
	for b.Loop() {
		op()
		n++
	}
	wall := time.Since(start)
	b.ReportMetric(float64(n*BenchResources)/wall.Seconds(), "resources/s")
	if cpu1, _ := cpuTime(); ok && n > 0 {
		b.ReportMetric(float64(cpu1-cpu0)/1e6/float64(n), "cpu-ms/op")
	}
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
	measure(b, func() {
		got, err := st.Scan(ctx, id)
		if err != nil {
			b.Fatal(err)
		}
		if len(got.Resources) != BenchResources {
			b.Fatalf("read %d resources", len(got.Resources))
		}
	})
}
