package helm

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// costly are template functions whose output or run time a short input can make huge; the
// fuzzer leaves inputs that call them to Helm's own tests.
var costly = []string{"until", "repeat", "seq", "genPrivateKey", "genCA", "genSigned", "genSelfSigned",
	"bcrypt", "htpasswd", "randBytes", "randAlpha", "randNumeric", "randAscii", "tpl", "include", "template",
	"fromYaml", "fromJson", "range"}

// FuzzInstrument feeds arbitrary template text through the line markers. Whatever the
// input, instrumenting never panics and only inserts markers; and when Helm renders the
// plain template, it renders the instrumented one to the same text once the markers are
// taken out, every rendered line mapped to a line of the template.
func FuzzInstrument(f *testing.F) {
	for _, s := range []string{
		"a: 1\nb: {{ .Values.name }}\n",
		"spec:\n  {{- if .Values.on }}\n  x: 1\n  {{- end }}\n",
		"{{- with .Values.sc }}\nsc:\n  {{- toYaml . | nindent 2 }}\n{{- end }}\n",
		"a: 1\n{{- if true -}}\n\nb: 2\n{{ end }}\n",
		"{{/* c */}}\n{{- define \"x\" }}\ny: 1\n{{- end }}\n",
		"a: {{ \"}}\" }}\nb: {{ `x\n}}` }}\r\nc: '{{ 'a' }}'",
		"{{- /* c */ -}}\n  x: {{ .Values.x | default \"d\" | quote }}",
	} {
		f.Add(s)
	}
	vals := map[string]any{"name": "web", "on": true, "sc": map[string]any{"privileged": true}, "x": "y"}
	f.Fuzz(func(t *testing.T, src string) {
		tm := lexTemplate(src)
		_ = tm.valueRefs()
		for n := 1; n <= tm.lines(); n++ {
			tm.lineKey(n)
		}
		marked, ok := instrument(src, 1)
		if !ok {
			return
		}
		if back, _ := strip(marked, 1, 1); back != src && !strings.ContainsRune(src, markStart) {
			t.Fatalf("instrumenting changed the template:\n%q\n%q", src, back)
		}
		for _, c := range costly {
			if strings.Contains(src, c) {
				return
			}
		}
		if len(src) > 4096 || strings.ContainsAny(src, "\x1e\x1f") {
			return
		}
		plain, err := renderOne(t, src, vals, false)
		if err != nil {
			return
		}
		out, err := renderOne(t, src, vals, true)
		if err != nil {
			t.Fatalf("the plain template renders, the instrumented one fails: %v\n%q", err, src)
		}
		got, lines := strip(out, 1, tm.lines())
		if got != plain {
			t.Fatalf("markers changed the output of\n%q:\n%q\nwant\n%q", src, got, plain)
		}
		for _, l := range lines {
			if l < 1 || l > max(tm.lines(), 1) {
				t.Fatalf("rendered line mapped to line %d of a %d-line template", l, tm.lines())
			}
		}
	})
}

// FuzzChart loads a chart whose values.yaml and template are arbitrary: Load never panics,
// every diagnostic names a file, and every location lies in a file of the chart.
func FuzzChart(f *testing.F) {
	f.Add("privileged: true\n", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      securityContext:\n        privileged: {{ .Values.privileged }}\n")
	f.Add("sc: {runAsUser: 0}\n", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    {{- toYaml .Values.sc | nindent 4 }}\n")
	f.Add("a: [", "{{ .Values.a")
	f.Fuzz(func(t *testing.T, values, tmpl string) {
		for _, c := range costly {
			if strings.Contains(tmpl, c) {
				return
			}
		}
		dir := t.TempDir()
		files := map[string]string{
			"c/Chart.yaml":       "apiVersion: v2\nname: c\nversion: 0.1.0\n",
			"c/values.yaml":      values,
			"c/templates/t.yaml": tmpl,
		}
		lines := map[string]int{}
		for name, body := range files {
			p := filepath.Join(dir, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			lines[name] = strings.Count(body, "\n") + 1
		}
		res := Load(context.Background(), dir, []string{filepath.Join(dir, "c")}, Options{})
		for _, d := range res.Diagnostics {
			if d.File == "" {
				t.Errorf("diagnostic without a file: %s", d)
			}
		}
		for _, r := range res.Resources {
			for p, l := range r.Locations {
				n, ok := lines[l.File]
				if !ok || l.StartLine < 1 || l.EndLine < l.StartLine || l.EndLine > n {
					t.Errorf("%s %s at %s, outside the chart's files", r.Key, p, l)
				}
			}
		}
	})
}
