package adapt_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/resource"
)

func loadMessy(t *testing.T) map[string]*resource.Resource {
	t.Helper()
	res, err := terraform.Load(filepath.Join("..", "iac", "terraform", "testdata", "messy"), terraform.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*resource.Resource{}
	for _, r := range adapt.Canonical(res.Resources) {
		out[r.Key] = r
	}
	return out
}

// TestSplitBucketMergedAcrossModules checks that the separate S3 resources of a module
// instantiated with for_each, one of them in a nested module, land on the right bucket
// instance, and that each value keeps the line that set it.
func TestSplitBucketMergedAcrossModules(t *testing.T) {
	rs := loadMessy(t)
	for key := range rs {
		for _, split := range []string{"aws_s3_bucket_acl", "aws_s3_bucket_versioning", "public_access_block"} {
			if strings.Contains(key, split) {
				t.Errorf("%s was not merged into its bucket", key)
			}
		}
	}
	pub := rs[`module.storage["public"].aws_s3_bucket.this`]
	if pub == nil {
		t.Fatalf("public bucket missing; have %v", keys(rs))
	}
	tests := []struct {
		path    string
		want    any
		file    string
		line    int
		viaFile string
	}{
		{"acl", "public-read", "terraform.tfvars", 6, "modules/storage/main.tf"},
		{"versioning.enabled", false, "modules/storage/main.tf", 22, ""},
		{"public_access_block.ignore_public_acls", false, "modules/storage/policy/main.tf", 7, ""},
		{"public_access_block.block_public_acls", true, "modules/storage/policy/main.tf", 5, ""},
		{"bucket", "acme-dev-public", "main.tf", 34, "modules/storage/main.tf"},
	}
	for _, tt := range tests {
		p := resource.ParsePath(tt.path)
		got, ok := resource.Get(pub.Attributes, p)
		if !ok || got != tt.want {
			t.Errorf("%s = %v (present %v), want %v", tt.path, got, ok, tt.want)
		}
		loc := pub.LocationOf(p)
		if loc.File != tt.file || loc.StartLine != tt.line {
			t.Errorf("%s set at %s, want %s:%d", tt.path, loc, tt.file, tt.line)
		}
		if tt.viaFile != "" && (len(loc.Via) == 0 || loc.Via[0].File != tt.viaFile) {
			t.Errorf("%s via %v, want via %s", tt.path, loc.Via, tt.viaFile)
		}
	}
	logs := rs[`module.storage["logs"].aws_s3_bucket.this`]
	if v, _ := resource.Get(logs.Attributes, resource.ParsePath("versioning.enabled")); v != true {
		t.Errorf("logs bucket versioning.enabled = %v, want true (optional default)", v)
	}
}

func TestInlineBucketNormalised(t *testing.T) {
	rs := loadMessy(t)
	b := rs["aws_s3_bucket.legacy[1]"]
	if b == nil {
		t.Fatal("legacy bucket missing")
	}
	if v, _ := resource.Get(b.Attributes, resource.ParsePath("versioning.enabled")); v != false {
		t.Errorf("versioning.enabled = %v, want false", v)
	}
	if loc := b.LocationOf(resource.ParsePath("versioning.enabled")); loc.StartLine != 52 {
		t.Errorf("versioning.enabled at %s, want main.tf:52", loc)
	}
	if pol := rs["aws_s3_bucket_policy.legacy"]; pol != nil {
		t.Errorf("bucket policy with an unknown document was not merged: %v", pol.Attributes)
	}
	// jsonencode of a document with computed leaves keeps its structure: the Effect is known,
	// the principal read from a data source and the bucket's arn are not.
	legacy := rs["aws_s3_bucket.legacy[0]"]
	if v, _ := resource.Get(legacy.Attributes, resource.ParsePath("policy.Statement.0.Effect")); v != "Allow" {
		t.Errorf("policy Effect = %v, want Allow", v)
	}
	for _, u := range []string{"policy.Statement.0.Principal.AWS", "policy.Statement.0.Resource"} {
		if v, _ := resource.Get(legacy.Attributes, resource.ParsePath(u)); !resource.IsUnknown(v) {
			t.Errorf("%s must be unknown, got %v", u, v)
		}
	}
}

func TestSecurityGroupRulesMerged(t *testing.T) {
	rs := loadMessy(t)
	sg := rs["module.net.aws_security_group.web"]
	if sg == nil {
		t.Fatal("security group missing")
	}
	ingress, _ := sg.Attributes["ingress"].([]any)
	if len(ingress) != 3 {
		t.Fatalf("ingress has %d rules, want 3 (two dynamic, one from the nested module): %v", len(ingress), ingress)
	}
	last := ingress[2].(map[string]any)
	if last["from_port"] != int64(5432) || last["protocol"] != "tcp" {
		t.Errorf("merged rule = %v", last)
	}
	if loc := sg.LocationOf(resource.ParsePath("ingress.2.cidr_blocks")); loc.File != "modules/net/rules/main.tf" || loc.StartLine != 9 {
		t.Errorf("merged rule cidr_blocks at %s, want modules/net/rules/main.tf:9", loc)
	}
	// The port came from the root module's input list: that is where it was set, and the
	// dynamic block's line is where it was used.
	loc := sg.LocationOf(resource.ParsePath("ingress.0.from_port"))
	if loc.File != "main.tf" || loc.StartLine != 43 || len(loc.Via) != 1 || loc.Via[0].File != "modules/net/main.tf" || loc.Via[0].StartLine != 11 {
		t.Errorf("dynamic rule from_port at %s via %v, want main.tf:43 via modules/net/main.tf:11", loc, loc.Via)
	}
	if len(sg.Unknowns) != 1 || sg.Unknowns[0].String() != "vpc_id" {
		t.Errorf("unknowns = %v, want [vpc_id]", sg.Unknowns)
	}
	for _, ref := range sg.References {
		if ref.Target == sg.Key {
			t.Errorf("self reference kept: %v", ref)
		}
	}
}

func keys(m map[string]*resource.Resource) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
