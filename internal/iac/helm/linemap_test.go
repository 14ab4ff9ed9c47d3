package helm

import (
	"reflect"
	"strings"
	"testing"

	"helm.sh/helm/v3/pkg/chart"
	"helm.sh/helm/v3/pkg/chartutil"
	"helm.sh/helm/v3/pkg/engine"
)

const helpers = `{{- define "t.labels" -}}
app: web
tier: {{ .Values.tier | default "front" }}
{{- end }}
`

// renderOne renders src as the only template of a chart (with helpers beside it), with or
// without line markers, and returns the output.
func renderOne(t testing.TB, src string, vals map[string]any, marked bool) (string, error) {
	t.Helper()
	data := src
	if marked {
		var ok bool
		if data, ok = instrument(src, 1); !ok {
			t.Fatalf("template does not lex:\n%s", src)
		}
	}
	c := &chart.Chart{
		Metadata:  &chart.Metadata{APIVersion: "v2", Name: "t", Version: "0.1.0"},
		Templates: []*chart.File{{Name: "templates/x.yaml", Data: []byte(data)}, {Name: "templates/_helpers.tpl", Data: []byte(helpers)}},
	}
	rv, err := chartutil.ToRenderValuesWithSchemaValidation(c, vals, chartutil.ReleaseOptions{Name: "r", Namespace: "default"}, chartutil.DefaultCapabilities, true)
	if err != nil {
		t.Fatal(err)
	}
	out, err := engine.Engine{}.Render(c, rv)
	return out["t/templates/x.yaml"], err
}

// TestLineMap renders templates written the ways charts write them and checks the template
// line each rendered line is mapped to, and that markers change nothing else.
func TestLineMap(t *testing.T) {
	vals := map[string]any{
		"sc":   map[string]any{"privileged": true, "runAsUser": 0},
		"env":  map[string]any{"A": "1", "B": "2"},
		"on":   true,
		"off":  false,
		"name": "web",
	}
	for _, tc := range []struct {
		name, src string
		want      []int // template line of each rendered line
	}{
		{"static and values", "a: 1\nb: {{ .Values.name }}\nc: 3\n", []int{1, 2, 3, 3}},
		{"if trims the line before", "spec:\n  {{- if .Values.on }}\n  x: 1\n  {{- end }}\n  y: 2\n", []int{1, 3, 5, 5}},
		{"if off", "spec:\n  {{- if .Values.off }}\n  x: 1\n  {{- end }}\n  y: 2\n", []int{1, 5, 5}},
		{"toYaml nindent", "sc:\n  {{- toYaml .Values.sc | nindent 2 }}\nz: 1\n", []int{1, 2, 2, 3, 3}},
		{"key and toYaml on one line", "sc: {{- toYaml .Values.sc | nindent 2 }}\nz: 1\n", []int{1, 1, 1, 2, 2}},
		{"with", "{{- with .Values.sc }}\nsc:\n  {{- toYaml . | nindent 2 }}\n{{- end }}\nz: 1\n", []int{1, 2, 3, 3, 5, 5}},
		{"range", "env:\n{{- range $k, $v := .Values.env }}\n  - name: {{ $k }}\n    value: {{ $v | quote }}\n{{- end }}\n", []int{1, 3, 4, 3, 4, 5}},
		{"include nindent", "labels:\n  {{- include \"t.labels\" . | nindent 2 }}\nz: 1\n", []int{1, 2, 2, 3, 3}},
		{"right trim", "a: 1\n{{- if .Values.on -}}\n\nb: 2\n{{ end }}\nc: 3\n", []int{1, 5, 6, 6}},
		{"both trims", "a: 1\n{{- if .Values.on -}}\n{{- end }}\nc: 3\n", []int{1, 4, 4}},
		{"comment", "{{/* a comment\n   over lines */}}\na: 1\n", []int{2, 3, 3}},
		{"define in the file", "{{- define \"t.local\" }}\nx: 1\n{{- end }}\na: {{ include \"t.local\" . | trim }}\nb: 2\n", []int{3, 4, 5, 5}},
		{"crlf", "a: 1\r\nb: {{ .Values.name }}\r\n", []int{1, 2, 2}},
		{"no final newline", "a: 1\nb: {{ .Values.name }}", []int{1, 2}},
		{"document markers", "---\na: 1\n---\nb: 2\n", []int{1, 2, 3, 4, 4}},
		{"whole file in if, as helm create writes", "{{- if .Values.on -}}\napiVersion: v1\nkind: X\n{{- end }}\n", []int{2, 3, 4}},
		{"assignment with trims", "{{- $n := .Values.name -}}\nname: {{ $n }}\n", []int{2, 2}},
		{"range over a list", "hosts:\n  {{- range $h := list \"a\" \"b\" }}\n  - host: {{ $h | quote }}\n    path: /\n  {{- end }}\n", []int{1, 3, 4, 3, 4, 5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			plain, err := renderOne(t, tc.src, vals, false)
			if err != nil {
				t.Fatal(err)
			}
			marked, err := renderOne(t, tc.src, vals, true)
			if err != nil {
				t.Fatal(err)
			}
			got, lines := strip(marked, 1, lexTemplate(tc.src).lines())
			if got != plain {
				t.Fatalf("markers changed the output:\n%q\nwant\n%q", got, plain)
			}
			if !reflect.DeepEqual([]int(lines), tc.want) {
				t.Errorf("rendered\n%s\nmapped to template lines %v, want %v", plain, lines, tc.want)
			}
		})
	}
}

// TestAlignLines checks the fallback used when a template cannot be instrumented.
func TestAlignLines(t *testing.T) {
	src := "spec:\n  containers:\n  {{- range .Values.c }}\n    - name: {{ .name }}\n      image: {{ .image }}\n  {{- end }}\n"
	plain := "spec:\n  containers:\n    - name: a\n      image: x\n    - name: b\n      image: y\n"
	got := alignLines(lexTemplate(src), plain)
	want := lineMap{1, 2, 4, 5, 4, 5, 5}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("aligned %v, want %v", got, want)
	}
}

func TestValueRefs(t *testing.T) {
	src := strings.Join([]string{
		`a: {{ .Values.a }}`,                              // 1
		`b: {{ .Values.b.c | quote }}`,                    // 2
		`  {{- toYaml .Values.sc | nindent 2 }}`,          // 3
		`img: "{{ .Values.i.repo }}:{{ .Values.i.tag }}"`, // 4: two values
		`{{- with .Values.pod }}`,                         // 5
		`x: {{ .x }}`,                                     // 6
		`{{- end }}`,                                      // 7
		`n: {{ include "t.name" . }}`,                     // 8
		`d: {{ default "z" .Values.d }}`,                  // 9
		`{{- define "t.x" }}`,                             // 10
		`q: {{ .Values.q }}`,                              // 11: in a define
		`{{- end }}`,                                      // 12
		`r: {{ $.Values.r | toString | upper }}`,          // 13: upper changes it
		`s: {{ (.Values.s) }}`,                            // 14
		`{{- $v := .Values.v }}`,                          // 15
		`- name: {{ .Values.items.first }}`,               // 16
	}, "\n")
	got := map[int]string{}
	for l, p := range lexTemplate(src).valueRefs() {
		got[l] = p.String()
	}
	want := map[int]string{1: "a", 2: "b.c", 3: "sc", 6: "pod.x", 9: "d", 14: "s", 16: "items.first"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("refs %v, want %v", got, want)
	}
}
