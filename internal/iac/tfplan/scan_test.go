package tfplan_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/iac/tfplan"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/scan"
)

// copyInto copies fixture files (relative to testdata/aws) into a new directory.
func copyInto(t *testing.T, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range names {
		src, err := os.ReadFile(filepath.Join("testdata", "aws", n))
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func scanDir(t *testing.T, eng *policy.Engine, dir string) *finding.Result {
	t.Helper()
	res, err := scan.Run(context.Background(), eng, scan.Options{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diagnostics) > 0 {
		t.Fatalf("diagnostics: %v", res.Diagnostics)
	}
	return res
}

// ruleAndResource lists "RULE resource" for every finding, sorted.
func ruleAndResource(res *finding.Result) []string {
	var out []string
	for _, f := range res.Findings {
		out = append(out, f.Rule.ID+" "+f.ResourceKey)
	}
	sort.Strings(out)
	return out
}

// The plan made from a configuration gets the same findings as the configuration: the same
// rules on the same resources (split S3 resources merged into their buckets through
// references the plan's configuration records, even where the bucket's id is unknown), each
// pointing into the plan file.
func TestScanPlanFindsWhatTheConfigurationDoes(t *testing.T) {
	eng, err := policy.Load(context.Background(), policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tf := scanDir(t, eng, copyInto(t, "main.tf", "terraform.tfvars", "modules/storage/main.tf", "modules/net/main.tf"))
	plan := scanDir(t, eng, copyInto(t, "plan.json"))

	want, got := ruleAndResource(tf), ruleAndResource(plan)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("plan findings:\n  %s\nconfiguration findings:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	for _, must := range []string{
		`PLB-AWS-S3-001 module.storage["assets"].aws_s3_bucket.this`,  // public-read from a split aws_s3_bucket_acl
		`PLB-AWS-S3-006 module.storage["assets"].aws_s3_bucket.this`,  // versioning Suspended, split, bucket unknown
		`PLB-AWS-S3-006 module.storage["backups"].aws_s3_bucket.this`, //
		`PLB-AWS-VPC-001 module.net[0].aws_security_group.web`,        // SSH from 0.0.0.0/0
		`PLB-AWS-VPC-002 module.net[0].aws_security_group.web`,        // RDP, a separate rule merged in
	} {
		if !contains(got, must) {
			t.Errorf("missing on the plan: %s", must)
		}
	}
	for _, f := range plan.Findings {
		if f.Origin != "plan" || !strings.HasSuffix(f.Location.File, "plan.json") || f.Location.StartLine < 1 {
			t.Errorf("%s %s: origin %s at %s", f.Rule.ID, f.ResourceKey, f.Origin, f.Location)
		}
		// The versioning finding points at the status the split resource set.
		if f.Rule.ID == "PLB-AWS-S3-006" && f.ResourceKey == `module.storage["assets"].aws_s3_bucket.this` {
			if line := lineContaining(t, "plan.json", `"status": "Suspended"`); f.Location.StartLine != line {
				t.Errorf("S3-006 at %s, want plan.json:%d", f.Location, line)
			}
		}
	}
	if len(plan.Skipped) != len(tf.Skipped) {
		t.Errorf("plan skipped %d checks for unknown values, the configuration %d", len(plan.Skipped), len(tf.Skipped))
	}
}

// Two plans in one scan (two stacks, or the same stack before and after a fix) declare the
// same keys; each plan's split resources merge into its own buckets.
func TestScanTwoPlansKeepTheirResourcesApart(t *testing.T) {
	eng, err := policy.Load(context.Background(), policy.Options{Only: []string{"PLB-AWS-S3-006"}})
	if err != nil {
		t.Fatal(err)
	}
	dir := copyInto(t, "plan.json")
	src, err := os.ReadFile(filepath.Join(dir, "plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	// Fixed copies sort before and after the plan, so that no order of reading lets a merge
	// across files land on the right bucket by chance.
	fixed := strings.ReplaceAll(string(src), `"Suspended"`, `"Enabled"`)
	for _, name := range []string{"a-fixed.json", "z-fixed.json"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(fixed), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := scanDir(t, eng, dir)
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Location.File+" "+f.ResourceKey)
	}
	sort.Strings(got)
	want := []string{`plan.json module.storage["assets"].aws_s3_bucket.this`, `plan.json module.storage["backups"].aws_s3_bucket.this`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings %q, want %q", got, want)
	}
}

// The state left by applying the plan: the same rules fire on the live values it records.
func TestScanState(t *testing.T) {
	eng, err := policy.Load(context.Background(), policy.Options{
		Only: []string{"PLB-AWS-S3-001", "PLB-AWS-S3-006", "PLB-AWS-VPC-001", "PLB-AWS-VPC-002"}})
	if err != nil {
		t.Fatal(err)
	}
	got := ruleAndResource(scanDir(t, eng, copyInto(t, "terraform.tfstate")))
	for _, must := range []string{
		`PLB-AWS-S3-001 module.storage["assets"].aws_s3_bucket.this`,
		`PLB-AWS-S3-006 module.storage["assets"].aws_s3_bucket.this`,
		`PLB-AWS-S3-006 module.storage["backups"].aws_s3_bucket.this`,
		`PLB-AWS-VPC-001 module.net[0].aws_security_group.web`,
		`PLB-AWS-VPC-002 module.net[0].aws_security_group.web`,
	} {
		if !contains(got, must) {
			t.Errorf("missing on the state: %s; got %v", must, got)
		}
	}
	for _, g := range got {
		if strings.Contains(g, "logs") {
			t.Errorf("versioned, private log buckets flagged: %s", g)
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func lineContaining(t *testing.T, name, s string) int {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "aws", name))
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(src), "\n") {
		if strings.Contains(l, s) {
			return i + 1
		}
	}
	t.Fatalf("no line with %q", s)
	return 0
}

// BenchmarkScanPlan scans generated plans of 1k and 10k resources end to end (read, adapt,
// every built-in rule), as plumb scan does.
func BenchmarkScanPlan(b *testing.B) {
	eng, err := policy.Load(context.Background(), policy.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 10000} {
		dir := b.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "plan.json"), tfplan.GenPlan(n, false), 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("resources=%d", n), func(b *testing.B) {
			cpu0, cpuOK := tfplan.CPUTime()
			for i := 0; i < b.N; i++ {
				res, err := scan.Run(context.Background(), eng, scan.Options{Path: dir})
				if err != nil || len(res.Diagnostics) > 0 {
					b.Fatalf("%v %v", err, res.Diagnostics)
				}
				if len(res.Findings) == 0 {
					b.Fatal("no findings")
				}
			}
			tfplan.ReportRate(b, n, cpu0, cpuOK)
		})
	}
}
