package bench_test

import (
	"context"
	"testing"

	"github.com/plumbsec/plumb/bench/corpus"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/scan"
)

// BenchmarkScan1k and BenchmarkScan10k time scan.Run, the path `plumb scan` takes from files
// to triaged findings, on a generated corpus. Compiling the policy engine (once per process)
// and generating the corpus are outside the timer; the report's rendering is not included.
func BenchmarkScan1k(b *testing.B)  { benchmarkScan(b, 1_000) }
func BenchmarkScan10k(b *testing.B) { benchmarkScan(b, 10_000) }

func benchmarkScan(b *testing.B, n int) {
	ctx := context.Background()
	dir := b.TempDir()
	st, err := corpus.Generate(dir, corpus.Options{Resources: n, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	eng, err := policy.Load(ctx, policy.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	var findings int
	for b.Loop() {
		res, err := scan.Run(ctx, eng, scan.Options{Path: dir})
		if err != nil {
			b.Fatal(err)
		}
		if res.Resources != st.Resources {
			b.Fatalf("scanned %d resources, the generator wrote %d", res.Resources, st.Resources)
		}
		if n := errorCount(res.Diagnostics); n > 0 {
			b.Fatalf("%d input errors on a valid corpus, the first: %+v", n, firstError(res.Diagnostics))
		}
		findings = len(res.Findings)
	}
	b.ReportMetric(float64(st.Resources), "resources/op")
	b.ReportMetric(float64(findings), "findings/op")
	b.ReportMetric(float64(st.Resources)*float64(b.N)/b.Elapsed().Seconds(), "resources/s")
}

func errorCount(ds resource.Diagnostics) int {
	n := 0
	for _, d := range ds {
		if d.Error {
			n++
		}
	}
	return n
}

func firstError(ds resource.Diagnostics) resource.Diagnostic {
	for _, d := range ds {
		if d.Error {
			return d
		}
	}
	return resource.Diagnostic{}
}
