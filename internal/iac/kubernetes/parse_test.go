package kubernetes_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/plumbsec/plumb/internal/iac/kubernetes"
	"github.com/plumbsec/plumb/internal/resource"
)

const widget = "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n"

// TestParse covers what real files throw at a YAML reader. diags lists "line:error:summary"
// for each diagnostic; keys lists the objects loaded; check inspects the first one.
func TestParse(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		keys  []string
		diags []string
		check func(t *testing.T, r *resource.Resource)
	}{
		{
			name: "scalars as kubectl reads them",
			src: widget + "spec:\n  a: yes\n  b: \"yes\"\n  c: !!str on\n  d: Off\n  e: 0644\n  f: 1e3\n  g: .inf\n" +
				"  h: ~\n  i: 0x1F\n  j: 2024-01-01\n  k: 12345678901234567890\n  l: 1_000\n  m: !!binary aGk=\n  n: '0644'\n",
			keys: []string{"example.com/v1/Widget default/w"},
			check: func(t *testing.T, r *resource.Resource) {
				want := map[string]any{"a": true, "b": "yes", "c": "on", "d": false, "e": int64(420), "f": float64(1000),
					"g": ".inf", "h": nil, "i": int64(31), "j": "2024-01-01", "k": float64(12345678901234567890),
					"l": int64(1000), "m": "aGk=", "n": "0644"}
				if got := r.Attributes["spec"]; !reflect.DeepEqual(got, want) {
					t.Errorf("spec = %#v\nwant %#v", got, want)
				}
			},
		},
		{
			name:  "anchors do not cross documents",
			src:   "base: &a {x: 1, y: 1}\n---\n" + widget + "spec:\n  <<: *a\n",
			diags: []string{"1:warning:document is not a Kubernetes object", "2:error:invalid YAML"},
		},
		{
			name: "merge keys: explicit keys win, then earlier sources",
			src:  widget + "defaults: &d {x: 1, y: 1}\nother: &o {y: 2, z: 2}\nspec:\n  <<: [*d, *o]\n  x: 0\n",
			keys: []string{"example.com/v1/Widget default/w"},
			check: func(t *testing.T, r *resource.Resource) {
				want := map[string]any{"x": int64(0), "y": int64(1), "z": int64(2)}
				if got := r.Attributes["spec"]; !reflect.DeepEqual(got, want) {
					t.Errorf("spec = %v, want %v", got, want)
				}
				if l := r.Locations["spec.z"]; l.StartLine != 6 || len(l.Via) != 1 || l.Via[0].StartLine != 8 {
					t.Errorf("spec.z at %s via %v, want line 6 via line 8", l, l.Via)
				}
			},
		},
		{
			name:  "duplicate keys: the last one wins, with a warning at the others",
			src:   widget + "spec:\n  replicas: 1\n  replicas: 2\n  replicas: 3\n",
			keys:  []string{"example.com/v1/Widget default/w"},
			diags: []string{"6:warning:duplicate key \"replicas\"", "7:warning:duplicate key \"replicas\""},
			check: func(t *testing.T, r *resource.Resource) {
				if got := r.Attributes["spec"].(map[string]any)["replicas"]; got != int64(3) {
					t.Errorf("replicas = %v, want 3", got)
				}
				if l := r.Locations["spec.replicas"]; l.StartLine != 8 {
					t.Errorf("replicas at %s, want line 8", l)
				}
			},
		},
		{
			name:  "an alias that contains itself",
			src:   widget + "spec: &s\n  self: *s\n---\n" + widget,
			keys:  []string{"example.com/v1/Widget default/w"},
			diags: []string{"6:error:alias refers to a value that contains it"},
		},
		{
			name: "a billion laughs",
			src: widget + "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n" +
				"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n" +
				"e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n" +
				"g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n",
			diags: []string{"8:error:document expands to too many values"},
		},
		{
			name: "CRLF line endings and a byte order mark",
			src:  "\ufeff# exported on Windows\r\n---\r\n" + strings.ReplaceAll(widget, "\n", "\r\n") + "spec:\r\n  script: |\r\n    a\r\n    b\r\n  after: 1\r\n---\r\n",
			keys: []string{"example.com/v1/Widget default/w"},
			check: func(t *testing.T, r *resource.Resource) {
				if l := r.Locations["spec.script"]; l.StartLine != 8 || l.EndLine != 10 {
					t.Errorf("spec.script at %s, want 8-10", l)
				}
				if l := r.Locations["spec.after"]; l.StartLine != 11 {
					t.Errorf("spec.after at %s, want 11", l)
				}
			},
		},
		{
			name: "document end markers and directives",
			src:  "%YAML 1.1\n---\n" + widget + "...\n# between\n" + strings.Replace(widget, "name: w", "name: v", 1) + "...\n",
			keys: []string{"example.com/v1/Widget default/w", "example.com/v1/Widget default/v"},
			check: func(t *testing.T, r *resource.Resource) {
				if l := r.Locations[""]; l.StartLine != 3 || l.EndLine != 6 {
					t.Errorf("first object at %s, want 3-6", l)
				}
			},
		},
		{
			name:  "a broken first document does not hide the second",
			src:   "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [x\n---\n" + widget,
			keys:  []string{"example.com/v1/Widget default/w"},
			diags: []string{"4:error:invalid YAML"},
		},
		{
			name:  "a tab where YAML wants spaces",
			src:   "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n",
			diags: []string{"4:error:invalid YAML"},
		},
		{
			name:  "an unknown alias",
			src:   widget + "spec: *nowhere\n",
			diags: []string{"1:error:invalid YAML"},
		},
		{
			name:  "a key that is not a string",
			src:   widget + "spec:\n  [a, b]: c\n  d: e\n",
			keys:  []string{"example.com/v1/Widget default/w"},
			diags: []string{"6:warning:mapping key is not a string"},
			check: func(t *testing.T, r *resource.Resource) {
				if got := r.Attributes["spec"]; !reflect.DeepEqual(got, map[string]any{"d": "e"}) {
					t.Errorf("spec = %v", got)
				}
			},
		},
		{
			name:  "nesting deeper than any manifest",
			src:   widget + "spec: " + strings.Repeat("[", 300) + strings.Repeat("]", 300) + "\n",
			diags: []string{"5:error:document nests too deeply"},
		},
		{
			name:  "objects without a name or with a broken metadata",
			src:   "apiVersion: v1\nkind: Pod\nspec: {}\n---\napiVersion: v1\nkind: Pod\nmetadata: 5\n",
			keys:  []string{"v1/Pod default/", "v1/Pod default/"},
			diags: []string{"1:warning:Pod has no metadata.name", "7:warning:metadata is not a mapping", "5:warning:Pod has no metadata.name"},
		},
		{
			name: "a cluster-scoped object ignores its namespace",
			src:  "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: admin, namespace: x}\n",
			keys: []string{"rbac.authorization.k8s.io/v1/ClusterRole admin"},
		},
		{
			name: "a document that is one scalar",
			src:  "--- |\n  just text\n---\n" + widget,
			keys: []string{"example.com/v1/Widget default/w"}, diags: []string{"1:warning:document is not a Kubernetes object"},
		},
		{
			name: "line breaks editors do not count (lone CR, LS) stay on their file line",
			src:  "apiVersion: v1\rkind: Pod\rmetadata: {name: x}\nspec:\u2028  a: 1\n",
			keys: []string{"v1/Pod default/x"},
			check: func(t *testing.T, r *resource.Resource) {
				if l := r.Locations["metadata.name"]; l.StartLine != 1 {
					t.Errorf("metadata.name at %s, want line 1", l)
				}
				if l := r.Locations["spec.a"]; l.StartLine != 2 {
					t.Errorf("spec.a at %s, want line 2", l)
				}
			},
		},
		{name: "an empty file", src: ""},
		{name: "comments only", src: "# nothing here yet\n\n# TODO\n"},
		{name: "a trailing separator is not an empty document", src: widget + "---\n\n", keys: []string{"example.com/v1/Widget default/w"}},
		{name: "an empty document between two", src: widget + "---\n# disabled for now\n---\n" + widget,
			keys:  []string{"example.com/v1/Widget default/w", "example.com/v1/Widget default/w"},
			diags: []string{"5:warning:empty document"}},
		{name: "null document", src: "---\nnull\n", diags: []string{"2:warning:document is not a Kubernetes object"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, ds := kubernetes.Parse("f.yaml", []byte(tt.src))
			var keys, diags []string
			for _, r := range rs {
				keys = append(keys, r.Key)
			}
			for _, d := range ds {
				kind := "warning"
				if d.Error {
					kind = "error"
				}
				if d.File != "f.yaml" {
					t.Errorf("diagnostic in file %q", d.File)
				}
				diags = append(diags, fmt.Sprintf("%d:%s:%s", d.Line, kind, d.Summary))
			}
			if !reflect.DeepEqual(keys, tt.keys) {
				t.Errorf("keys = %q, want %q", keys, tt.keys)
			}
			if !reflect.DeepEqual(diags, tt.diags) {
				t.Errorf("diagnostics = %q, want %q", diags, tt.diags)
			}
			if tt.check != nil && len(rs) > 0 {
				tt.check(t, rs[0])
			}
		})
	}
}

// TestAliasBudgetIsFast: a document of aliases that would expand to 10^9 values is refused
// in well under a second.
func TestAliasBudgetIsFast(t *testing.T) {
	var b strings.Builder
	b.WriteString(widget + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 9; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 10), ", "))
	}
	start := time.Now()
	_, ds := kubernetes.Parse("f.yaml", []byte(b.String()))
	if !ds.HasErrors() {
		t.Error("no error for a billion laughs")
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("took %s", d)
	}
}
