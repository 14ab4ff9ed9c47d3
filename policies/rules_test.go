package policies_test

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/scan"
)

// expectMarker ends every line of a failing fixture where the rule must report a finding.
const expectMarker = "plumb-test:expect"

var idLine = regexp.MustCompile(`(?m)^#\s+id:\s*(\S+)\s*$`)

// ruleDir is one built-in rule and its fixtures.
type ruleDir struct {
	id, dir    string
	fail, pass []string
	// params, from params.yaml beside the rule, are the rule parameters its fixtures assume
	// (a rule that is off by default, such as a trusted-registry list, needs them to fire).
	params map[string]any
}

// TestRuleFixtures holds every built-in rule to its fixtures: the failing fixture must fire
// on exactly the marked lines, the passing one must not fire, both must load without errors,
// and no rule may lack either fixture.
func TestRuleFixtures(t *testing.T) {
	dirs := ruleDirs(t)
	eng, err := policy.Load(context.Background(), policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, rd := range dirs {
		seen[rd.id] = true
	}
	for _, r := range eng.Rules() {
		if !seen[r.ID] {
			t.Errorf("rule %s has no directory with rule.rego and fixtures", r.ID)
		}
	}
	for _, rd := range dirs {
		rd := rd
		t.Run(rd.id, func(t *testing.T) {
			if len(rd.fail) == 0 || len(rd.pass) == 0 {
				t.Fatalf("%s needs a failing (fail.*) and a passing (pass.*) fixture", rd.dir)
			}
			e := eng
			if rd.params != nil {
				var err error
				e, err = policy.Load(context.Background(), policy.Options{
					Only: []string{rd.id}, Params: map[string]map[string]any{rd.id: rd.params}})
				if err != nil {
					t.Fatalf("%s/params.yaml: %v", rd.dir, err)
				}
			}
			for _, f := range rd.fail {
				checkFixture(t, e, rd.id, f, true)
			}
			for _, f := range rd.pass {
				checkFixture(t, e, rd.id, f, false)
			}
		})
	}
}

func ruleDirs(t *testing.T) []ruleDir {
	t.Helper()
	var out []ruleDir
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "rule.rego" {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		m := idLine.FindSubmatch(src)
		if m == nil {
			t.Errorf("%s: no custom.id in its METADATA", p)
			return nil
		}
		rd := ruleDir{id: string(m[1]), dir: filepath.Dir(p)}
		if raw, err := os.ReadFile(filepath.Join(rd.dir, "params.yaml")); err == nil {
			if err := yaml.Unmarshal(raw, &rd.params); err != nil {
				t.Errorf("%s/params.yaml: %v", rd.dir, err)
			}
		}
		entries, _ := os.ReadDir(rd.dir)
		for _, e := range entries {
			switch {
			case strings.HasPrefix(e.Name(), "fail"):
				rd.fail = append(rd.fail, filepath.Join(rd.dir, e.Name()))
			case strings.HasPrefix(e.Name(), "pass"):
				rd.pass = append(rd.pass, filepath.Join(rd.dir, e.Name()))
			}
		}
		out = append(out, rd)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

// checkFixture scans one fixture alone (copied into an empty directory, so a failing and a
// passing fixture never share a module) and compares the rule's findings with the markers.
// A fixture is a file (fail.tf, fail.yaml, fail.Dockerfile) or a directory (fail/, for a
// Helm chart or a Kustomize overlay), whose every file may carry markers.
func checkFixture(t *testing.T, eng *policy.Engine, id, fixture string, failing bool) {
	t.Helper()
	dir := t.TempDir()
	want, err := copyFixture(fixture, dir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := scan.Run(context.Background(), eng, scan.Options{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		if d.Error {
			t.Errorf("%s does not load: %s", fixture, d)
		}
	}
	got := map[string]bool{}
	for _, f := range res.Findings {
		if f.Rule.ID == id && f.Status == finding.Open {
			got[fmt.Sprintf("%s:%d", f.Location.File, f.Location.StartLine)] = true
		}
	}
	if !failing {
		for at := range got {
			t.Errorf("%s: passing fixture fires %s at %s", fixture, id, at)
		}
		return
	}
	if len(want) == 0 {
		t.Errorf("%s marks no line with %q", fixture, expectMarker)
	}
	for at := range want {
		if !got[at] {
			t.Errorf("%s: %s is marked, but %s reported nothing there (reported at %v)", fixture, at, id, keys(got))
		}
	}
	for at := range got {
		if !want[at] {
			t.Errorf("%s: %s reported a finding at %s, which is not marked %q", fixture, id, at, expectMarker)
		}
	}
}

// copyFixture copies a fixture file or directory into dir and returns its marked lines as
// "file:line", files relative to dir.
func copyFixture(fixture, dir string) (map[string]bool, error) {
	want := map[string]bool{}
	st, err := os.Stat(fixture)
	if err != nil {
		return nil, err
	}
	base := filepath.Dir(fixture)
	if st.IsDir() {
		base = fixture
	}
	err = filepath.WalkDir(fixture, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(base, p)
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		for n, line := range strings.Split(string(src), "\n") {
			if strings.Contains(line, expectMarker) {
				want[fmt.Sprintf("%s:%d", filepath.ToSlash(rel), n+1)] = true
			}
		}
		return os.WriteFile(dst, src, 0o644)
	})
	return want, err
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
