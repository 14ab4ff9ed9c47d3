package tfplan

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/plumbsec/plumb/internal/resource"
)

// fuzzBudget is how long one input may take. Reading is linear in the input, so anything
// near it is a hang.
const fuzzBudget = 2 * time.Second

// FuzzRead feeds arbitrary bytes to the reader as a plan or state. Whatever the input, it
// must return within the budget without panicking (read turns a panic into a diagnostic, so
// the test looks for that diagnostic too), and what it returns must be well formed. Long runs
// want -fuzzminimizetime=10s: minimising a plan-sized input for the default minute each time
// leaves the fuzzer idle most of the run.
func FuzzRead(f *testing.F) {
	// Small seeds: the fuzzer minimises every input it finds interesting, and minimising a
	// whole fixture takes minutes. A few resources of each fixture keep every part in play.
	for _, name := range []string{"plan.json", "terraform.tfstate"} {
		src, err := os.ReadFile(filepath.Join(fixture, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(trimmed(f, src))
	}
	for _, s := range []string{
		`{}`, `[]`, `null`, `{"version":4,"resources":[{"mode":"managed","type":"t","name":"n","instances":[{"index_key":"k","attributes":{"a":null,"b":[null,{"c":1e400}]},"sensitive_attributes":[[{"type":"index","value":{"value":"b","type":"string"}}]]}]}]}`,
		`{"planned_values":{"root_module":{"resources":[{"address":"a.b[0]","mode":"managed","type":"a","name":"b","values":{"x":[1,2]}}]}},"resource_changes":[{"address":"a.b[0]","change":{"actions":["create"],"after_unknown":{"x":[true,{"y":true}],"z":true},"after_sensitive":{"x":true}}}]}`,
		`{"planned_values":{"root_module":{"child_modules":[{"child_modules":[{"resources":[{"address":"module.m[\"\\u00e9\"].a.b","mode":"managed","type":"a","name":"b"}]}]}]}},"configuration":{"root_module":{"module_calls":{"m":{"module":{"resources":[{"mode":"managed","type":"a","name":"b","expressions":{"q":{"references":["var.v","module.m.o","data.d.e.f"]}}}]}}}}}}`,
		`{"values":{"root_module":{"resources":[{"address":"x.y","mode":"managed","values":{"p":"s"},"sensitive_values":{"p":true}}]}}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		done := make(chan *file, 1)
		go func() { done <- read("fuzz.json", src) }()
		var got *file
		select {
		case got = <-done:
		case <-time.After(fuzzBudget):
			t.Fatalf("read did not return within %s", fuzzBudget)
		}
		for _, d := range got.diags {
			if strings.HasPrefix(d.Summary, "internal error") {
				t.Fatalf("panic: %s", d.Detail)
			}
			if d.File != "fuzz.json" || d.Line < 0 {
				t.Fatalf("diagnostic without a place: %+v", d)
			}
		}
		for _, r := range got.out {
			if r.Key == "" || r.Attributes == nil {
				t.Fatalf("malformed resource %+v", r)
			}
			for _, u := range r.Unknowns {
				if v, ok := resource.Get(r.Attributes, u); !ok || !resource.IsUnknown(v) {
					t.Fatalf("%s: unknown %s is %v", r.Key, u, v)
				}
			}
		}
	})
}

// FuzzParseTraversal: addresses and references of any form parse or are refused, and a
// parsed address renders to a string that parses to the same address (except for keys
// holding $${ or %%{, which HCL's quoting reads as escapes).
func FuzzParseTraversal(f *testing.F) {
	for _, s := range []string{`module.a["k"].aws_s3_bucket.b[0]`, `aws_s3_bucket.b["x\"y"].id`, `data.a.b`, `a.b["\U0001F600"]`, `a.b["$${x}%%{y}"]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		parseTraversal(s)
		a, ok := parseAddress(s)
		if !ok || strings.Contains(a.String(), "$${") || strings.Contains(a.String(), "%%{") {
			return // HCL reads $${ as an escaped ${, so such keys cannot round-trip
		}
		again, ok := parseAddress(a.String())
		if !ok || again.String() != a.String() {
			t.Fatalf("%q → %q → %q (%v)", s, a.String(), again.String(), ok)
		}
	})
}

// trimmed keeps the first resources of a plan or state and the configuration of one module
// call, written on one line.
func trimmed(f *testing.F, src []byte) []byte {
	var doc map[string]any
	if err := json.Unmarshal(src, &doc); err != nil {
		f.Fatal(err)
	}
	first := func(v any, n int) any {
		l, _ := v.([]any)
		if len(l) > n {
			l = l[:n]
		}
		return l
	}
	for _, k := range []string{"prior_state", "variables", "relevant_attributes"} {
		delete(doc, k)
	}
	doc["resources"] = first(doc["resources"], 3)
	doc["resource_changes"] = first(doc["resource_changes"], 6)
	if pv, ok := doc["planned_values"].(map[string]any); ok {
		root := pv["root_module"].(map[string]any)
		root["resources"] = first(root["resources"], 3)
		root["child_modules"] = first(root["child_modules"], 1)
	}
	if c, ok := doc["configuration"].(map[string]any); ok {
		root := c["root_module"].(map[string]any)
		root["resources"] = first(root["resources"], 3)
		calls := root["module_calls"].(map[string]any)
		root["module_calls"] = map[string]any{"storage": calls["storage"]}
		delete(c, "provider_config")
	}
	out, err := json.Marshal(doc)
	if err != nil {
		f.Fatal(err)
	}
	return out
}
