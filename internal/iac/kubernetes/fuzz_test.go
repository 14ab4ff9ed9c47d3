package kubernetes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/plumbsec/plumb/internal/resource"
)

// FuzzParse feeds arbitrary bytes to the parser as one manifest file. Whatever the input,
// Parse must return (never panic or hang), every diagnostic must name the file and a line
// inside it, and every location must lie inside the file.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "manifests", "*"))
	for _, p := range seeds {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	for _, s := range []string{
		"apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: &s\n  a: *s\n",
		"a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n",
		"apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  apiVersion: v1\n  metadata: {name: a}\n- 3\n",
		"x: {<<: [*a]}\n",
		"%YAML 1.1\n--- |\n  text\n...\n---\n",
		"k: !!binary aGk=\nl: !!int 0x\nm: !!float .nan\n",
		"\ufeff---\r\napiVersion: v1\r\nkind: Secret\r\ndata: {a: b}\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		start := time.Now()
		rs, diags := Parse("m.yaml", src)
		if d := time.Since(start); d > 5*time.Second && len(src) < 1<<16 {
			t.Errorf("took %s for %d bytes", d, len(src))
		}
		lines := strings.Count(string(src), "\n") + 1
		for _, d := range diags {
			if d.File != "m.yaml" || d.Line < 0 || d.Line > lines {
				t.Errorf("diagnostic outside the file: %s", d)
			}
		}
		for _, r := range rs {
			if r.Type == "" || r.Origin != resource.OriginKubernetes {
				t.Errorf("%s: type %q origin %q", r.Key, r.Type, r.Origin)
			}
			for p, l := range r.Locations {
				if l.File != "m.yaml" || l.StartLine < 1 || l.EndLine < l.StartLine || l.EndLine > lines {
					t.Errorf("%s %s at %s, outside a %d-line file", r.Key, p, l, lines)
				}
			}
		}
	})
}
