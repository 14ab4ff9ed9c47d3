package scan

import (
	"context"
	"fmt"
	"testing"

	"github.com/plumbsec/plumb/bench/corpus"
	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/policy"
)

// BenchmarkGraphScaling times building the resource graph and running the graph rules on the
// generated Terraform corpus at two sizes. Budget (bench/README.md): linear, that is
// ns/resource at 20k at most 1.5× ns/resource at 5k. A graph rule that builds a partial
// object over every node is quadratic in OPA (each new key is checked against the earlier
// ones); this benchmark is what catches one:
//
//	go test ./internal/scan -run '^$' -bench GraphScaling -benchtime 3x
func BenchmarkGraphScaling(b *testing.B) {
	ctx := context.Background()
	eng, err := policy.Load(ctx, policy.Options{Only: []string{"PLB-GRAPH-001", "PLB-GRAPH-002"}})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{5_000, 20_000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			if _, err := corpus.Generate(dir, corpus.Options{Resources: n, Seed: 1}); err != nil {
				b.Fatal(err)
			}
			loaded, err := terraform.Load(dir, terraform.Options{})
			if err != nil {
				b.Fatal(err)
			}
			rs := adapt.InPlace(loaded.Resources)
			b.ReportAllocs()
			b.ResetTimer()
			var found int
			for b.Loop() {
				fs, _, err := startGraph(ctx, eng, rs)(nil, nil)
				if err != nil {
					b.Fatal(err)
				}
				found = len(fs)
			}
			b.ReportMetric(float64(found), "findings/op")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(rs)), "ns/resource")
		})
	}
}
