package graph

import (
	"testing"

	"github.com/plumbsec/plumb/bench/corpus"
	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/iac/terraform"
)

// BenchmarkBuildAndRank10k times what breach paths add to a scan of the 10k-resource bench
// corpus: building the graph and ranking a finding on every resource.
func BenchmarkBuildAndRank10k(b *testing.B) {
	dir := b.TempDir()
	if _, err := corpus.Generate(dir, corpus.Options{Resources: 10_000, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	res, err := terraform.Load(dir, terraform.Options{})
	if err != nil {
		b.Fatal(err)
	}
	rs := adapt.Canonical(res.Resources)
	rule := &finding.Rule{ID: "X", Severity: finding.Low}
	fs := make([]*finding.Finding, len(rs))
	b.ResetTimer()
	var paths int
	for b.Loop() {
		for i, r := range rs {
			fs[i] = &finding.Finding{Rule: rule, ResourceKey: r.Key, ResourceRoot: r.Root}
		}
		g := Build(rs)
		g.Rank(fs)
		paths = 0
		for _, f := range fs {
			if f.Breach != nil {
				paths++
			}
		}
	}
	b.ReportMetric(float64(len(rs)), "resources/op")
	b.ReportMetric(float64(paths), "on-path/op")
}
