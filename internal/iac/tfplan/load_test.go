package tfplan

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/resource"
)

// testdata/aws holds a configuration (main.tf and two modules), the plan Terraform 1.11 made
// of it with the AWS provider 5.100 (plan.json, pretty-printed), and the state it would leave
// (terraform.tfstate); testdata/aws/README.md says how they were made.
const fixture = "testdata/aws"

func loadFile(t *testing.T, name string) (map[string]*resource.Resource, *file) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(fixture, name))
	if err != nil {
		t.Fatal(err)
	}
	f := read(name, src)
	if len(f.diags) > 0 {
		t.Fatalf("diagnostics: %v", f.diags)
	}
	return byKey(f.out), f
}

func byKey(rs []*resource.Resource) map[string]*resource.Resource {
	m := map[string]*resource.Resource{}
	for _, r := range rs {
		m[r.Key] = r
	}
	return m
}

func sortedResourceKeys(m map[string]*resource.Resource) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func get(t *testing.T, rs map[string]*resource.Resource, key, path string) (any, bool) {
	t.Helper()
	r := rs[key]
	if r == nil {
		t.Fatalf("no resource %s; have %v", key, sortedResourceKeys(rs))
	}
	return resource.Get(r.Attributes, resource.ParsePath(path))
}

// lineOf is the line of the n-th (1-based) line of the fixture file that contains s.
func lineOf(t *testing.T, name, s string, n int) int {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(fixture, name))
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(src), "\n") {
		if strings.Contains(l, s) {
			if n--; n == 0 {
				return i + 1
			}
		}
	}
	t.Fatalf("%s: no line %d containing %q", name, n, s)
	return 0
}

// The plan's resources have the keys, modules and types the HCL loader gives the
// configuration the plan was made from: that is what lets the same rules, fingerprints and
// suppressions apply to both.
func TestPlanKeysMatchConfiguration(t *testing.T) {
	plan, _ := loadFile(t, "plan.json")
	state, _ := loadFile(t, "terraform.tfstate")
	hcl, err := terraform.Load(fixture, terraform.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := byKey(hcl.Resources)
	if len(want) < 15 {
		t.Fatalf("the HCL loader found only %v", sortedResourceKeys(want))
	}
	for name, got := range map[string]map[string]*resource.Resource{"plan": plan, "state": state} {
		if g, w := sortedResourceKeys(got), sortedResourceKeys(want); strings.Join(g, "\n") != strings.Join(w, "\n") {
			t.Errorf("%s keys:\n%s\nHCL keys:\n%s", name, strings.Join(g, "\n"), strings.Join(w, "\n"))
			continue
		}
		for k, w := range want {
			if g := got[k]; g.Type != w.Type || g.Module != w.Module {
				t.Errorf("%s %s: type %q module %q, HCL says %q %q", name, k, g.Type, g.Module, w.Type, w.Module)
			}
		}
	}
}

func TestPlanOrigin(t *testing.T) {
	plan, _ := loadFile(t, "plan.json")
	state, _ := loadFile(t, "terraform.tfstate")
	for _, r := range plan {
		if r.Origin != resource.OriginPlan {
			t.Errorf("%s: origin %s", r.Key, r.Origin)
		}
	}
	for _, r := range state {
		if r.Origin != resource.OriginState {
			t.Errorf("%s: origin %s", r.Key, r.Origin)
		}
	}
}

// A resource the plan deletes is not in the planned state, and data sources are never
// resources of their own.
func TestPlanSkipsDeletedResourcesAndDataSources(t *testing.T) {
	for _, name := range []string{"plan.json", "terraform.tfstate"} {
		rs, _ := loadFile(t, name)
		for k := range rs {
			if k == "aws_s3_bucket.legacy" || strings.HasPrefix(k, "data.") || strings.Contains(k, ".data.") {
				t.Errorf("%s: %s should not be emitted", name, k)
			}
		}
	}
}

func TestPlanUnknowns(t *testing.T) {
	rs, _ := loadFile(t, "plan.json")
	tests := []struct {
		key, path string
		want      string // "unknown", "absent", or a JSON value
	}{
		// The split versioning resource's bucket is the bucket's id: set by the
		// configuration, known only after apply.
		{`module.storage["assets"].aws_s3_bucket_versioning.this`, "bucket", "unknown"},
		{`module.storage["assets"].aws_s3_bucket_versioning.this`, "versioning_configuration.0.status", `"Suspended"`},
		// Computed by the provider, not set by the configuration: absent, as in the HCL.
		{`module.storage["assets"].aws_s3_bucket_versioning.this`, "id", "absent"},
		{`module.storage["assets"].aws_s3_bucket_versioning.this`, "versioning_configuration.0.mfa_delete", "absent"},
		{`module.storage["assets"].aws_s3_bucket.this`, "versioning", "absent"},
		{`module.storage["assets"].aws_s3_bucket.this`, "arn", "absent"},
		{`module.net[0].aws_security_group.web`, "egress", "absent"},
		// Set from an output of a module, through a module input, from a data source read at
		// apply.
		{`aws_s3_bucket_logging.assets`, "bucket", "unknown"},
		{`module.net[0].aws_security_group.web`, "vpc_id", "unknown"},
		{`aws_s3_bucket_policy.logs_1`, "policy", "unknown"},
		// A policy document known at plan time stays the JSON string Terraform wrote.
		{`aws_s3_bucket_policy.logs`, "policy", "string"},
		// Nulls are arguments that were not set; empty blocks stay.
		{`aws_s3_bucket.logs[0]`, "tags", "absent"},
		{`aws_db_instance.main`, "storage_encrypted", "absent"},
		{`aws_db_instance.main`, "blue_green_update", `[]`},
		{`aws_db_instance.main`, "allocated_storage", `20`},
	}
	for _, tt := range tests {
		v, ok := get(t, rs, tt.key, tt.path)
		switch tt.want {
		case "unknown":
			if !resource.IsUnknown(v) {
				t.Errorf("%s %s = %v, want unknown", tt.key, tt.path, v)
			}
		case "absent":
			if ok {
				t.Errorf("%s %s = %v, want absent", tt.key, tt.path, v)
			}
		case "string":
			if _, isString := v.(string); !isString {
				t.Errorf("%s %s = %T, want a string", tt.key, tt.path, v)
			}
		default:
			var want any
			if err := json.Unmarshal([]byte(tt.want), &want); err != nil {
				t.Fatal(err)
			}
			if f, isFloat := want.(float64); isFloat {
				want = int64(f)
			}
			if g, _ := json.Marshal(v); !ok || string(g) != tt.want {
				t.Errorf("%s %s = %s (set %v), want %s", tt.key, tt.path, g, ok, tt.want)
			}
			if _, isInt := want.(int64); isInt {
				if _, gotInt := v.(int64); !gotInt {
					t.Errorf("%s %s is %T, want int64", tt.key, tt.path, v)
				}
			}
		}
	}
	v := rs[`module.storage["assets"].aws_s3_bucket_versioning.this`]
	if len(v.Unknowns) != 1 || v.Unknowns[0].String() != "bucket" {
		t.Errorf("unknowns = %v, want [bucket]", v.Unknowns)
	}
}

// No sensitive value of the plan or state reaches a resource, wherever it is.
func TestSensitiveValuesAreMasked(t *testing.T) {
	const secret = "correct-horse-battery-staple"
	for _, name := range []string{"plan.json", "terraform.tfstate"} {
		src, _ := os.ReadFile(filepath.Join(fixture, name))
		if !strings.Contains(string(src), secret) {
			t.Fatalf("%s: fixture lost its secret", name)
		}
		rs, _ := loadFile(t, name)
		if v, _ := get(t, rs, "aws_db_instance.main", "password"); v != masked {
			t.Errorf("%s: password = %v, want %s", name, v, masked)
		}
		for _, r := range rs {
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(b), secret) {
				t.Errorf("%s: %s holds the secret", name, r.Key)
			}
		}
	}
}

func TestMaskKeepsShape(t *testing.T) {
	attrs := map[string]any{"env": map[string]any{"A": "x", "B": []any{"y", int64(1)}}, "u": resource.Unknown{}}
	mask(attrs, resource.Path{"env"})
	mask(attrs, resource.Path{"u"})
	mask(attrs, resource.Path{"missing"})
	want := `{"env":{"A":"***","B":["***","***"]},"u":{}}`
	if b, _ := json.Marshal(attrs); string(b) != want {
		t.Errorf("masked = %s, want %s", b, want)
	}
}

func TestPlanReferences(t *testing.T) {
	rs, _ := loadFile(t, "plan.json")
	tests := []struct{ key, attr, target string }{
		// [count.index]: the instance with the referring instance's key.
		{`aws_s3_bucket_versioning.logs[0]`, "bucket", `aws_s3_bucket.logs[0]`},
		{`aws_s3_bucket_versioning.logs[1]`, "bucket", `aws_s3_bucket.logs[1]`},
		// A literal index.
		{`aws_s3_bucket_policy.logs`, "bucket", `aws_s3_bucket.logs[0]`},
		// Inside a for_each module instance: the module's own resource, with its prefix.
		{`module.storage["assets"].aws_s3_bucket_versioning.this`, "bucket", `module.storage["assets"].aws_s3_bucket.this`},
		{`module.storage["backups"].aws_s3_bucket_acl.this`, "bucket", `module.storage["backups"].aws_s3_bucket.this`},
		// Through a module output, of one instance of the call.
		{`aws_s3_bucket_logging.assets`, "bucket", `module.storage["assets"].aws_s3_bucket.this`},
		{`aws_s3_bucket_logging.assets`, "target_bucket", `aws_s3_bucket.logs[1]`},
		// Through a module input (var.vpc_id of module.net[0]).
		{`module.net[0].aws_security_group.web`, "vpc_id", `aws_vpc.main`},
		{`module.net[0].aws_security_group_rule.rdp`, "security_group_id", `module.net[0].aws_security_group.web`},
		// Through a data source read at apply.
		{`aws_s3_bucket_policy.logs_1`, "policy", `aws_s3_bucket.logs[1]`},
	}
	for _, tt := range tests {
		if !hasRef(rs[tt.key], tt.attr, tt.target) {
			t.Errorf("%s: no reference %s → %s; have %v", tt.key, tt.attr, tt.target, rs[tt.key].References)
		}
	}
	// Only these: no instance reached that the expression does not reach.
	for _, k := range []string{`aws_s3_bucket_versioning.logs[0]`, `aws_s3_bucket_logging.assets`, `aws_s3_bucket_policy.logs`} {
		for _, ref := range rs[k].References {
			found := false
			for _, tt := range tests {
				found = found || tt.key == k && tt.attr == ref.Attribute && tt.target == ref.Target
			}
			if !found {
				t.Errorf("%s: unexpected reference %v", k, ref)
			}
		}
	}
}

func hasRef(r *resource.Resource, attr, target string) bool {
	for _, ref := range r.References {
		if ref.Attribute == attr && ref.Target == target {
			return true
		}
	}
	return false
}

// Locations point into the plan: the resource's object for the resource (and for what has no
// value of its own in the file, such as an unknown), each value's lines for its path.
func TestPlanLocations(t *testing.T) {
	rs, _ := loadFile(t, "plan.json")
	v := rs[`module.storage["assets"].aws_s3_bucket_versioning.this`]
	decl := v.LocationOf(resource.Path{})
	addr := lineOf(t, "plan.json", `"address": "module.storage[\"assets\"].aws_s3_bucket_versioning.this"`, 1)
	if decl.File != "plan.json" || decl.StartLine != addr-1 || decl.EndLine <= decl.StartLine {
		t.Errorf("declaration at %s, want plan.json from line %d", decl, addr-1)
	}
	status := v.LocationOf(resource.ParsePath("versioning_configuration.0.status"))
	if want := lineOf(t, "plan.json", `"status": "Suspended"`, 1); status.StartLine != want || status.EndLine != want {
		t.Errorf("status at %s, want line %d", status, want)
	}
	if got := v.LocationOf(resource.Path{"bucket"}); got.StartLine != decl.StartLine || got.EndLine != decl.EndLine {
		t.Errorf("unknown bucket at %s, want the resource's object %s", got, decl)
	}
	st, _ := loadFile(t, "terraform.tfstate")
	acl := st[`module.storage["assets"].aws_s3_bucket_acl.this`].LocationOf(resource.Path{"acl"})
	if want := lineOf(t, "terraform.tfstate", `"acl": "public-read"`, 1); acl.File != "terraform.tfstate" || acl.StartLine != want {
		t.Errorf("state acl at %s, want terraform.tfstate:%d", acl, want)
	}
}

// terraform show -json writes a plan on one line: every location is line 1, and the resource
// keeps one location rather than one per value.
func TestOneLinePlan(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(fixture, "plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(src, &v); err != nil {
		t.Fatal(err)
	}
	one, _ := json.Marshal(v)
	f := read("plan.json", one)
	pretty, _ := loadFile(t, "plan.json")
	if len(f.out) != len(pretty) || len(f.diags) > 0 {
		t.Fatalf("one-line plan: %d resources, %v; pretty: %d", len(f.out), f.diags, len(pretty))
	}
	for _, r := range f.out {
		if len(r.Locations) != 1 || r.Locations[""].StartLine != 1 || r.Locations[""].EndLine != 1 {
			t.Errorf("%s: locations %v", r.Key, r.Locations)
		}
	}
}

func TestStateValues(t *testing.T) {
	rs, _ := loadFile(t, "terraform.tfstate")
	if v, _ := get(t, rs, `module.storage["assets"].aws_s3_bucket.this`, "grant.1.uri"); v != "http://acs.amazonaws.com/groups/global/AllUsers" {
		t.Errorf("grant uri = %v", v)
	}
	if _, ok := get(t, rs, `module.storage["assets"].aws_s3_bucket.this`, "website_domain"); ok {
		t.Errorf("a null attribute is present")
	}
	for _, r := range rs {
		if len(r.Unknowns) > 0 {
			t.Errorf("%s: a state has no unknowns, got %v", r.Key, r.Unknowns)
		}
	}
}

func TestStateReferences(t *testing.T) {
	rs, _ := loadFile(t, "terraform.tfstate")
	tests := []struct{ key, attr, target string }{
		{`aws_s3_bucket_versioning.logs[1]`, "bucket", `aws_s3_bucket.logs[1]`},
		{`module.storage["assets"].aws_s3_bucket_versioning.this`, "bucket", `module.storage["assets"].aws_s3_bucket.this`},
		{`aws_s3_bucket_logging.assets`, "bucket", `module.storage["assets"].aws_s3_bucket.this`},
		{`aws_s3_bucket_logging.assets`, "target_bucket", `aws_s3_bucket.logs[1]`},
		{`module.net[0].aws_security_group_rule.rdp`, "security_group_id", `module.net[0].aws_security_group.web`},
		// A dependency no attribute names by id or arn: the whole resource.
		{`module.net[0].aws_security_group_rule.rdp`, "", `aws_vpc.main`},
	}
	for _, tt := range tests {
		if !hasRef(rs[tt.key], tt.attr, tt.target) {
			t.Errorf("%s: no reference %q → %s; have %v", tt.key, tt.attr, tt.target, rs[tt.key].References)
		}
	}
	// The logging resource depends on both log buckets and both storage buckets; its
	// attributes say which ones it uses, and the others are not references.
	if n := len(rs[`aws_s3_bucket_logging.assets`].References); n != 2 {
		t.Errorf("logging references = %v, want 2", rs[`aws_s3_bucket_logging.assets`].References)
	}
	if n := len(rs[`aws_s3_bucket_versioning.logs[0]`].References); n != 1 {
		t.Errorf("versioning references = %v, want 1 (its own id is not one)", rs[`aws_s3_bucket_versioning.logs[0]`].References)
	}
}

// The JSON terraform show -json writes for a state has the shape of a plan's planned values.
func TestShownState(t *testing.T) {
	doc := `{"format_version":"1.0","terraform_version":"1.11.4","values":{"root_module":{
  "resources":[{"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b",
    "values":{"bucket":"b","acl":"public-read","tags":null},"sensitive_values":{"tags_all":{}}},
   {"address":"data.aws_region.r","mode":"data","type":"aws_region","name":"r","values":{"name":"x"}}],
  "child_modules":[{"address":"module.m[\"k\"]","resources":[{"address":"module.m[\"k\"].aws_db_instance.d[0]",
    "mode":"managed","type":"aws_db_instance","name":"d","index":0,"values":{"password":"pw"},"sensitive_values":{"password":true}}]}]}}}`
	f := read("show.json", []byte(doc))
	rs := byKey(f.out)
	if len(f.diags) > 0 || len(rs) != 2 {
		t.Fatalf("resources %v, diagnostics %v", sortedResourceKeys(rs), f.diags)
	}
	b := rs["aws_s3_bucket.b"]
	if b.Origin != resource.OriginState || b.Attributes["acl"] != "public-read" || b.Attributes["tags"] != nil {
		t.Errorf("bucket %v %v", b.Origin, b.Attributes)
	}
	if d := rs[`module.m["k"].aws_db_instance.d[0]`]; d == nil || d.Attributes["password"] != masked || d.Module != `module.m["k"]` {
		t.Errorf("db = %+v", d)
	}
}

func TestDiagnostics(t *testing.T) {
	tests := []struct {
		name, doc string
		line, col int
		summary   string
	}{
		{"broken", "{\n  \"planned_values\": {\n    \"root_module\": [1,\n  }\n}", 4, 3, "invalid JSON"},
		{"truncated", "{\"format_version\": \"1.2\", \"planned_values\": {", 1, 0, "invalid JSON"},
		{"not an object", "[1, 2]", 1, 1, "invalid JSON"},
		{"neither", `{"name": "package.json"}`, 1, 0, "not a Terraform plan or state"},
		{"old state", `{"version": 3, "terraform_version": "0.11.14", "lineage": "x", "modules": []}`, 1, 0, "unsupported state format"},
		{"too deep", strings.Repeat("[", 5000) + strings.Repeat("]", 5000), 1, 0, "invalid JSON"},
		{"bad address", `{"planned_values":{"root_module":{"resources":[{"address":"not an address","mode":"managed","type":"x"}]}}}`, 1, 0, "not understood"},
	}
	for _, tt := range tests {
		f := read("x.json", []byte(tt.doc))
		if len(f.diags) != 1 || !strings.Contains(f.diags[0].Summary, tt.summary) {
			t.Errorf("%s: diagnostics %v, want one %q", tt.name, f.diags, tt.summary)
			continue
		}
		d := f.diags[0]
		if d.File != "x.json" || d.Line != tt.line || (tt.col > 0 && d.Column != tt.col) {
			t.Errorf("%s: at %s:%d:%d, want x.json:%d:%d", tt.name, d.File, d.Line, d.Column, tt.line, tt.col)
		}
		if len(f.out) != 0 {
			t.Errorf("%s: resources from a broken file: %d", tt.name, len(f.out))
		}
	}
}

// A file that cannot be read does not stop the others.
func TestLoadGoesOnAfterABadFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	good, _ := filepath.Abs(filepath.Join(fixture, "terraform.tfstate"))
	res := Load(context.Background(), dir, []string{bad, filepath.Join(dir, "missing.json"), good})
	if len(res.Diagnostics) != 2 || !res.Diagnostics.HasErrors() {
		t.Errorf("diagnostics %v, want two errors", res.Diagnostics)
	}
	if len(res.Resources) < 15 {
		t.Errorf("got %d resources from the good file", len(res.Resources))
	}
	if res.Diagnostics[0].File != "bad.json" {
		t.Errorf("file = %q, want relative to the root", res.Diagnostics[0].File)
	}
}
