package bench_test

import (
	"context"
	"testing"

	"github.com/plumbsec/plumb/bench/corpus"
	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/resource"
)

// BenchmarkRuleCount is the budget of issue 6: evaluating the whole built-in library (350+
// rules over AWS, Azure, GCP, Kubernetes and Dockerfile) on the 10k-resource corpus costs at
// most 2× evaluating the core issue's rules on the same resources, because each resource
// meets only the rules that read its type. Three rule sets, same resources, same run:
//
//	core-40       40 of the core issue's AWS rules, spread over its services (coreRules[::~1.7])
//	core-69       every rule the core issue shipped (all AWS)
//	library       the whole embedded library
//
// Read the cpu-ns/resource column (CPU time per resource, GC included: meaningful on a
// shared machine) and divide library by core-40:
//
//	go test ./bench -run '^$' -bench RuleCount -benchtime 3x
func BenchmarkRuleCount(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	if _, err := corpus.Generate(dir, corpus.Options{Resources: 10_000, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	loaded, err := terraform.Load(dir, terraform.Options{})
	if err != nil {
		b.Fatal(err)
	}
	rs := adapt.InPlace(loaded.Resources)
	for _, set := range []struct {
		name string
		only []string
	}{
		{"core-40", spread(coreRules, 40)},
		{"core-69", coreRules},
		{"library", nil},
	} {
		b.Run(set.name, func(b *testing.B) {
			eng, err := policy.Load(ctx, policy.Options{Only: set.only})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(len(eng.Rules())), "rules")
			evaluate(b, eng, rs)
		})
	}
}

func evaluate(b *testing.B, eng *policy.Engine, rs []*resource.Resource) {
	b.ReportAllocs()
	cpu0, cpuOK := cpuTime()
	var findings int
	for b.Loop() {
		fs, _, err := eng.Evaluate(context.Background(), rs)
		if err != nil {
			b.Fatal(err)
		}
		findings = len(fs)
	}
	n := float64(b.N * len(rs))
	b.ReportMetric(float64(findings), "findings/op")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/resource")
	if cpu1, ok := cpuTime(); ok && cpuOK {
		b.ReportMetric(float64(cpu1-cpu0)/n, "cpu-ns/resource")
	}
}

// spread picks n of ids at even intervals, so the subset covers every service of the set.
func spread(ids []string, n int) []string {
	out := make([]string, n)
	for i := range n {
		out[i] = ids[i*len(ids)/n]
	}
	return out
}

// coreRules are the 69 rules the core issue shipped (ids are never reused, so this list
// stays the same library as the built-in one grows).
var coreRules = []string{
	"PLB-AWS-CT-001", "PLB-AWS-CT-002", "PLB-AWS-CT-003", "PLB-AWS-CT-004", "PLB-AWS-CW-001", "PLB-AWS-CW-002",
	"PLB-AWS-DDB-001", "PLB-AWS-DDB-002", "PLB-AWS-EC2-001", "PLB-AWS-EC2-002", "PLB-AWS-EC2-003", "PLB-AWS-EC2-004",
	"PLB-AWS-EC2-005", "PLB-AWS-EC2-006", "PLB-AWS-EC2-007", "PLB-AWS-EC2-008", "PLB-AWS-ECR-001", "PLB-AWS-ECR-002",
	"PLB-AWS-ECR-003", "PLB-AWS-ELB-001", "PLB-AWS-ELB-002", "PLB-AWS-ELB-003", "PLB-AWS-ELB-004", "PLB-AWS-ELB-005",
	"PLB-AWS-IAM-001", "PLB-AWS-IAM-002", "PLB-AWS-IAM-003", "PLB-AWS-IAM-004", "PLB-AWS-IAM-005", "PLB-AWS-IAM-006",
	"PLB-AWS-IAM-007", "PLB-AWS-IAM-008", "PLB-AWS-IAM-009", "PLB-AWS-KMS-001", "PLB-AWS-KMS-002", "PLB-AWS-KMS-003",
	"PLB-AWS-LAMBDA-001", "PLB-AWS-LAMBDA-002", "PLB-AWS-LAMBDA-003", "PLB-AWS-LAMBDA-004", "PLB-AWS-RDS-001", "PLB-AWS-RDS-002",
	"PLB-AWS-RDS-003", "PLB-AWS-RDS-004", "PLB-AWS-RDS-005", "PLB-AWS-RDS-006", "PLB-AWS-RDS-007", "PLB-AWS-S3-001",
	"PLB-AWS-S3-002", "PLB-AWS-S3-003", "PLB-AWS-S3-004", "PLB-AWS-S3-005", "PLB-AWS-S3-006", "PLB-AWS-S3-007",
	"PLB-AWS-S3-008", "PLB-AWS-S3-009", "PLB-AWS-S3-010", "PLB-AWS-SNS-001", "PLB-AWS-SNS-002", "PLB-AWS-SQS-001",
	"PLB-AWS-SQS-002", "PLB-AWS-VPC-001", "PLB-AWS-VPC-002", "PLB-AWS-VPC-003", "PLB-AWS-VPC-004", "PLB-AWS-VPC-005",
	"PLB-AWS-VPC-006", "PLB-AWS-VPC-007", "PLB-AWS-VPC-008",
}
