package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

func TestColorAllowed(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		allowed bool
	}{
		{"nothing set", map[string]string{"TERM": "xterm-256color"}, true},
		{"NO_COLOR=1", map[string]string{"NO_COLOR": "1", "TERM": "xterm"}, false},
		{"NO_COLOR=0 still disables", map[string]string{"NO_COLOR": "0"}, false},
		{"empty NO_COLOR is unset", map[string]string{"NO_COLOR": "", "TERM": "xterm"}, true},
		{"dumb terminal", map[string]string{"TERM": "dumb"}, false},
	}
	for _, tt := range tests {
		getenv := func(k string) string { return tt.env[k] }
		if got := colorAllowed(getenv); got != tt.allowed {
			t.Errorf("%s: colorAllowed = %v, want %v", tt.name, got, tt.allowed)
		}
	}
}

func TestColorEnabledNeedsTerminal(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	t.Setenv("TERM", "xterm")
	if ColorEnabled(&bytes.Buffer{}) {
		t.Error("a buffer is not a terminal")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if ColorEnabled(w) {
		t.Error("a pipe is not a terminal")
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "out.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if ColorEnabled(f) {
		t.Error("a file is not a terminal")
	}
}

func TestNoColorMeansNoEscapes(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, Text, sampleResult(), sampleOptions); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "\x1b") {
		t.Error("escape sequences in uncoloured text")
	}
}

func TestSnippet(t *testing.T) {
	dir := t.TempDir()
	var long strings.Builder
	for i := 1; i <= 20; i++ {
		long.WriteString("line\n")
	}
	files := map[string]string{
		"long.tf":   long.String(),
		"evil.tf":   "a = \"\x1b[31mred\x1b]0;title\x07\"\r\n\tb = 1\n",
		"wide.json": `{"a": "` + strings.Repeat("x", 500) + `"}`,
		"bin.tf":    "a\x00b\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name      string
		root      string
		loc       resource.Location
		wantLines []string
		wantMore  int
	}{
		{"one line", dir, loc("long.tf", 2, 2), []string{"2:line"}, 0},
		{"end before start reads one line", dir, loc("long.tf", 3, 1), []string{"3:line"}, 0},
		{"range cut at eight lines", dir, loc("long.tf", 1, 20),
			[]string{"1:line", "2:line", "3:line", "4:line", "5:line", "6:line", "7:line", "8:line"}, 12},
		{"range past the end of the file", dir, loc("long.tf", 19, 40), []string{"19:line", "20:line"}, 0},
		{"control characters and CRLF", dir, loc("evil.tf", 1, 2),
			[]string{"1:a = \"\uFFFD[31mred\uFFFD]0;title\uFFFD\"", "2:    b = 1"}, 0},
		{"long line cut", dir, loc("wide.json", 1, 1), []string{"1:" + (`{"a": "` + strings.Repeat("x", 500))[:maxSnippetWidth] + "..."}, 0},
		{"binary file", dir, loc("bin.tf", 1, 1), nil, 0},
		{"missing file", dir, loc("gone.tf", 1, 1), nil, 0},
		{"line past the end", dir, loc("long.tf", 99, 99), nil, 0},
		{"no line", dir, loc("long.tf", 0, 0), nil, 0},
		{"no root", "", loc("long.tf", 1, 1), nil, 0},
		{"absolute file without root", "", loc(filepath.ToSlash(filepath.Join(dir, "long.tf")), 1, 1), []string{"1:line"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, more := newSources(tt.root).snippet(tt.loc)
			var got []string
			for _, l := range lines {
				got = append(got, strconv.Itoa(l.n)+":"+l.text)
			}
			if strings.Join(got, "|") != strings.Join(tt.wantLines, "|") || more != tt.wantMore {
				t.Errorf("got %q, %d more; want %q, %d more", got, more, tt.wantLines, tt.wantMore)
			}
		})
	}
}

// A message or reason can carry text from the scanned files; it must not reach the terminal
// as escape sequences.
func TestTextSanitizesFields(t *testing.T) {
	r := &finding.Rule{ID: "R-1", Title: "t\x1b[2J", Severity: finding.High}
	res := &finding.Result{Findings: []*finding.Finding{
		{Rule: r, ResourceKey: "k\x1b[31m", Message: "line one\nline\x07two", Location: loc("a.tf", 1, 1)},
		{Rule: r, ResourceKey: "k2", Status: finding.Suppressed, Reason: "because\x1b]8;;x"},
	}}
	var buf bytes.Buffer
	if err := Write(&buf, Text, res, Options{ShowSuppressed: true}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.ContainsAny(out, "\x1b\x07") {
		t.Errorf("control characters reached the output:\n%q", out)
	}
	if !strings.Contains(out, "  line one\n  line\uFFFDtwo\n") {
		t.Errorf("multi-line message not indented:\n%s", out)
	}
}
