package tfplan

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// synthPlan builds a plan holding resources at the given addresses (each of type and name
// from its address, with no values) and the configuration given as JSON.
func synthPlan(t *testing.T, config string, addrs ...string) []byte {
	t.Helper()
	var root, child []any
	for _, s := range addrs {
		a, ok := parseAddress(s)
		if !ok {
			t.Fatalf("bad address %s", s)
		}
		r := map[string]any{"address": s, "mode": "managed", "type": a.typ, "name": a.name, "values": map[string]any{}}
		if len(a.module) == 0 {
			root = append(root, r)
		} else {
			child = append(child, r)
		}
	}
	doc := map[string]any{
		"format_version": "1.2",
		"planned_values": map[string]any{"root_module": map[string]any{"resources": root,
			"child_modules": []any{map[string]any{"resources": child}}}},
	}
	var cfg any
	if err := json.Unmarshal([]byte(config), &cfg); err != nil {
		t.Fatalf("config: %v", err)
	}
	doc["configuration"] = map[string]any{"root_module": cfg}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// refsOf lists "attribute → target" of a resource's references, sorted.
func refsOf(t *testing.T, src []byte, key string) string {
	t.Helper()
	f := read("plan.json", src)
	if len(f.diags) > 0 {
		t.Fatalf("diagnostics %v", f.diags)
	}
	r := byKey(f.out)[key]
	if r == nil {
		t.Fatalf("no %s", key)
	}
	var out []string
	for _, ref := range r.References {
		out = append(out, ref.Attribute+" → "+ref.Target)
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

func resourceConfig(typ, name string, exprs string) string {
	return fmt.Sprintf(`{"address":"%s.%s","mode":"managed","type":"%s","name":"%s","expressions":%s}`, typ, name, typ, name, exprs)
}

func TestReferenceInstanceMatching(t *testing.T) {
	buckets := []string{`aws_s3_bucket.b["a"]`, `aws_s3_bucket.b["c"]`}
	tests := []struct {
		name   string
		exprs  string   // of x_thing.r
		self   string   // x_thing.r's key suffix
		others []string // more resources
		want   string
	}{
		{"splat from a single resource reaches every instance",
			`{"bucket":{"references":["aws_s3_bucket.b"]}}`, "", buckets,
			`bucket → aws_s3_bucket.b["a"], bucket → aws_s3_bucket.b["c"]`},
		{"each.key reaches the instance with the same key",
			`{"bucket":{"references":["aws_s3_bucket.b","each.key"]}}`, `["a"]`, buckets,
			`bucket → aws_s3_bucket.b["a"]`},
		{"a key the target lacks reaches every instance",
			`{"bucket":{"references":["aws_s3_bucket.b","each.key"]}}`, `["z"]`, buckets,
			`bucket → aws_s3_bucket.b["a"], bucket → aws_s3_bucket.b["c"]`},
		{"a literal key reaches that instance only, whatever the referrer's key",
			`{"bucket":{"references":["aws_s3_bucket.b[\"c\"].id","aws_s3_bucket.b[\"c\"]","aws_s3_bucket.b"]}}`, `["a"]`, buckets,
			`bucket → aws_s3_bucket.b["c"]`},
		{"a literal key of no instance reaches nothing",
			`{"bucket":{"references":["aws_s3_bucket.b[\"q\"].id","aws_s3_bucket.b[\"q\"]","aws_s3_bucket.b"]}}`, "", buckets, ``},
		{"count.index against count",
			`{"bucket":{"references":["aws_s3_bucket.n","count.index"]}}`, `[1]`, []string{`aws_s3_bucket.n[0]`, `aws_s3_bucket.n[1]`},
			`bucket → aws_s3_bucket.n[1]`},
		{"a resource without count or for_each, from a counted one",
			`{"bucket":{"references":["aws_s3_bucket.one.id","aws_s3_bucket.one"]}}`, `[3]`, []string{`aws_s3_bucket.one`},
			`bucket → aws_s3_bucket.one`},
		{"nested blocks give the path of the attribute in its block",
			`{"rule":[{"target":{"references":["aws_s3_bucket.one.arn","aws_s3_bucket.one"]}},{"target":{"constant_value":"x"}}]}`, "", []string{`aws_s3_bucket.one`},
			`rule.0.target → aws_s3_bucket.one`},
		{"locals, variables of the root, each, count, path and unknown roots reach nothing",
			`{"a":{"references":["local.x","var.y","each.value","path.module","terraform.workspace","self.id"]}}`, "", buckets, ``},
		{"a resource referring to itself is not a reference",
			`{"a":{"references":["x_thing.r.id","x_thing.r"]}}`, "", nil, ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key := "x_thing.r" + tt.self
			config := `{"resources":[` + resourceConfig("x_thing", "r", tt.exprs) + `]}`
			got := refsOf(t, synthPlan(t, config, append([]string{key}, tt.others...)...), key)
			if got != tt.want {
				t.Errorf("references %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReferencesAcrossModules(t *testing.T) {
	// root: bucket.root; module.outer (count 2) → module.inner (for_each) → thing.t reads
	// var.in, which inner's call sets from var.from_root, which outer's call sets from
	// aws_s3_bucket.root.id. Root resource use.r reads module.outer[1].out, whose output
	// reads module.inner (every instance) .id.
	config := `{
	  "resources": [` + resourceConfig("aws_s3_bucket", "root", `{}`) + `,` +
		resourceConfig("x_use", "r", `{"a":{"references":["module.outer[1].out","module.outer[1]","module.outer"]}}`) + `,` +
		resourceConfig("x_use", "all", `{"a":{"references":["module.outer"]}}`) + `],
	  "module_calls": {"outer": {"expressions": {"from_root": {"references": ["aws_s3_bucket.root.id", "aws_s3_bucket.root"]}},
	    "module": {
	      "outputs": {"out": {"expression": {"references": ["module.inner"]}}},
	      "module_calls": {"inner": {"expressions": {"in": {"references": ["var.from_root"]}},
	        "module": {
	          "resources": [` + resourceConfig("x_thing", "t", `{"bucket":{"references":["var.in"]}}`) + `],
	          "outputs": {"id": {"expression": {"references": ["x_thing.t.id", "x_thing.t"]}}}}}}}}}
	}`
	addrs := []string{"aws_s3_bucket.root", "x_use.r", "x_use.all",
		`module.outer[0].module.inner["a"].x_thing.t`, `module.outer[1].module.inner["a"].x_thing.t`,
		`module.outer[1].module.inner["b"].x_thing.t`}
	src := synthPlan(t, config, addrs...)
	if got, want := refsOf(t, src, `module.outer[1].module.inner["b"].x_thing.t`), `bucket → aws_s3_bucket.root`; got != want {
		t.Errorf("through two module inputs: %q, want %q", got, want)
	}
	want := `a → module.outer[1].module.inner["a"].x_thing.t, a → module.outer[1].module.inner["b"].x_thing.t`
	if got := refsOf(t, src, "x_use.r"); got != want {
		t.Errorf("through two module outputs: %q, want %q", got, want)
	}
	if got := refsOf(t, src, "x_use.all"); !strings.Contains(got, `module.outer[0].module.inner["a"]`) || strings.Count(got, "→") != 3 {
		t.Errorf("a whole module without a key: %q, want every instance", got)
	}
}

// Configuration that refers to itself through module inputs and outputs (which Terraform
// would refuse, but a file can say anything) ends.
func TestReferenceCycleEnds(t *testing.T) {
	config := `{
	  "resources": [` + resourceConfig("x_use", "r", `{"a":{"references":["module.m.out"]}}`) + `],
	  "module_calls": {"m": {"expressions": {"in": {"references": ["module.m.out", "module.m"]}},
	    "module": {"outputs": {"out": {"expression": {"references": ["var.in", "module.m.out"]}}},
	      "module_calls": {"m": {"expressions": {"in": {"references": ["var.in"]}}}}}}}
	}`
	if got := refsOf(t, synthPlan(t, config, "x_use.r", "module.m.x_thing.t"), "x_use.r"); got != "" {
		t.Errorf("references %q", got)
	}
}

func TestParseAddress(t *testing.T) {
	tests := []struct{ in, key, module string }{
		{`aws_s3_bucket.b`, `aws_s3_bucket.b`, ``},
		{`aws_s3_bucket.b[0]`, `aws_s3_bucket.b[0]`, ``},
		{`module.a["k"].module.b[2].aws_s3_bucket.b["x.y"]`, `module.a["k"].module.b[2].aws_s3_bucket.b["x.y"]`, `module.a["k"].module.b[2]`},
		{`data.aws_iam_policy_document.d`, `data.aws_iam_policy_document.d`, ``},
		// Terraform quotes keys in HCL's syntax; the HCL loader writes them as Go quotes.
		{`aws_s3_bucket.b["say \"hi\"\n$${x}"]`, `aws_s3_bucket.b["say \"hi\"\n${x}"]`, ``},
		{`aws_s3_bucket.b["caf\u00e9"]`, `aws_s3_bucket.b["café"]`, ``},
	}
	for _, tt := range tests {
		a, ok := parseAddress(tt.in)
		if !ok || a.String() != tt.key || moduleString(a.module) != tt.module {
			t.Errorf("parseAddress(%s) = %q in %q (%v), want %q in %q", tt.in, a.String(), moduleString(a.module), ok, tt.key, tt.module)
		}
	}
	for _, bad := range []string{``, `aws_s3_bucket`, `a.b.c`, `a.b[0][1]`, `a.b[-1]`, `a.b[x]`, `a.b["x`, `[0].a.b`, `a..b`, `a.b.`, `module.m`, `module["k"].a.b`, `a.b[*]`} {
		if a, ok := parseAddress(bad); ok {
			t.Errorf("parseAddress(%q) = %v, want an error", bad, a)
		}
	}
}
