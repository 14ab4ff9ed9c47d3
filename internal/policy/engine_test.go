package policy

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

const rulesDir = "testdata/rules"

func load(t *testing.T, opts Options) *Engine {
	t.Helper()
	opts.NoBuiltin = true
	if opts.PolicyDirs == nil {
		opts.PolicyDirs = []string{rulesDir}
	}
	e, err := Load(context.Background(), opts)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return e
}

// res builds a resource whose Unknowns are computed from its attributes, as adapters do.
func res(typ, key string, attrs map[string]any) *resource.Resource {
	return &resource.Resource{
		Key: key, Type: typ, Origin: resource.OriginTerraform, Attributes: attrs,
		Unknowns: resource.FindUnknowns(attrs, nil),
	}
}

func evaluate(t *testing.T, e *Engine, rs ...*resource.Resource) ([]*finding.Finding, []finding.Skip) {
	t.Helper()
	fs, skips, err := e.Evaluate(context.Background(), rs)
	if err != nil {
		t.Fatalf("Evaluate: %v", err)
	}
	return fs, skips
}

// summary renders findings as "rule key path" lines, which is what most tests assert.
func summary(fs []*finding.Finding) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s %s %s", f.Rule.ID, f.ResourceKey, f.Path))
	}
	return out
}

func skipSummary(skips []finding.Skip) []string {
	out := make([]string, 0, len(skips))
	for _, s := range skips {
		var paths []string
		for _, p := range s.Paths {
			paths = append(paths, p.String())
		}
		out = append(out, fmt.Sprintf("%s %s [%s]", s.RuleID, s.ResourceKey, strings.Join(paths, " ")))
	}
	return out
}

func only(ids ...string) Options { return Options{Only: ids} }

func TestTypeIndexing(t *testing.T) {
	e := load(t, only("TEST-SPY-001", "TEST-EC2-001", "TEST-TAG-001"))
	tagged := map[string]any{"tags": map[string]any{"owner": "me"}}
	fs, _ := evaluate(t, e,
		res("aws_s3_bucket", "aws_s3_bucket.a", tagged),
		res("aws_instance", "aws_instance.b", map[string]any{"instance_type": "m5.large", "tags": tagged["tags"]}),
		res("aws_launch_template", "aws_launch_template.c", map[string]any{"instance_type": "m5.large"}),
		res("aws_vpc", "aws_vpc.d", map[string]any{}),
	)
	got := summary(fs)
	want := []string{
		"TEST-EC2-001 aws_instance.b ",
		"TEST-EC2-001 aws_launch_template.c ",
		"TEST-TAG-001 aws_launch_template.c tags",
		"TEST-SPY-001 aws_s3_bucket.a ",
		"TEST-TAG-001 aws_vpc.d tags",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n got %q\nwant %q", got, want)
	}
	// The spy reports what it saw: only the bucket, with the input shape rules rely on.
	for _, f := range fs {
		if f.Rule.ID == "TEST-SPY-001" && f.Message != "aws_s3_bucket.a|aws_s3_bucket|terraform" {
			t.Errorf("spy message = %q", f.Message)
		}
	}
}

func TestFindingFields(t *testing.T) {
	e := load(t, only("TEST-S3-001"))
	r := res("aws_s3_bucket", "module.m.aws_s3_bucket.b", map[string]any{"versioning": map[string]any{"enabled": false}})
	r.Module = "module.m"
	decl := resource.Location{File: "main.tf", StartLine: 1, EndLine: 9}
	block := resource.Location{File: "versioning.tf", StartLine: 3, EndLine: 6}
	attr := resource.Location{File: "versioning.tf", StartLine: 4, EndLine: 4}
	r.SetLocation(resource.Path{}, decl)
	r.SetLocation(resource.Path{"versioning"}, block)
	r.SetLocation(resource.Path{"versioning", "enabled"}, attr)

	fs, skips := evaluate(t, e, r)
	if len(fs) != 1 || len(skips) != 0 {
		t.Fatalf("got %d findings, %d skips, want 1, 0", len(fs), len(skips))
	}
	f := fs[0]
	path := resource.Path{"versioning", "enabled"}
	want := finding.Finding{
		Rule: f.Rule, ResourceKey: r.Key, ResourceType: "aws_s3_bucket", Module: "module.m",
		Origin: resource.OriginTerraform, Path: path,
		Message:     "bucket module.m.aws_s3_bucket.b does not enable versioning",
		Location:    attr,
		Status:      finding.Open,
		Fingerprint: finding.Fingerprint("TEST-S3-001", r.Key, path, "versioning.tf"),
	}
	if fmt.Sprint(*f) != fmt.Sprint(want) {
		t.Errorf("finding:\n got %+v\nwant %+v", *f, want)
	}
	if f.Rule.ID != "TEST-S3-001" || f.Rule.Severity != finding.Medium || f.Rule.Remediation != "Enable versioning." {
		t.Errorf("rule = %+v", f.Rule)
	}
}

func TestLocations(t *testing.T) {
	e := load(t, only("TEST-S3-001"))
	decl := resource.Location{File: "main.tf", StartLine: 1, EndLine: 9}
	block := resource.Location{File: "main.tf", StartLine: 3, EndLine: 5}
	attr := resource.Location{File: "main.tf", StartLine: 4, EndLine: 4}
	tests := []struct {
		name string
		set  map[string]resource.Location
		want resource.Location
	}{
		{"attribute set", map[string]resource.Location{"": decl, "versioning": block, "versioning.enabled": attr}, attr},
		{"attribute absent: enclosing block", map[string]resource.Location{"": decl, "versioning": block}, block},
		{"block absent: declaration", map[string]resource.Location{"": decl}, decl},
		{"nothing known", nil, resource.Location{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := res("aws_s3_bucket", "b", map[string]any{})
			r.Locations = tt.set
			fs, _ := evaluate(t, e, r)
			if len(fs) != 1 {
				t.Fatalf("got %d findings, want 1", len(fs))
			}
			if fs[0].Location.String() != tt.want.String() {
				t.Errorf("location = %v, want %v", fs[0].Location, tt.want)
			}
			if fs[0].Fingerprint != finding.Fingerprint("TEST-S3-001", "b", fs[0].Path, tt.want.File) {
				t.Error("fingerprint does not use the location's file")
			}
		})
	}
}
