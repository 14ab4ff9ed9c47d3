package fix_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/pmezard/go-difflib/difflib"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/fix"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/scan"
)

var idLine = regexp.MustCompile(`(?m)^#\s+id:\s*(\S+)\s*$`)

// TestFixableRules holds every built-in rule with a fix to its failing fixtures: after the
// fix is applied the rule no longer fires there, the fixed files load without error, only
// the fixed resources' lines (or the lines that set the value) changed, every comment is
// still there, and fixing a second time changes nothing.
func TestFixableRules(t *testing.T) {
	ctx := context.Background()
	eng, err := policy.Load(ctx, policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fixable := map[string]*finding.Rule{}
	for _, r := range eng.Rules() {
		if r.Fix != nil && r.Fix.None == "" {
			fixable[r.ID] = r
		}
	}
	dirs := failingFixtures(t, "../../policies")
	n := 0
	for _, id := range sortedIDs(fixable) {
		fixtures := dirs[id]
		if len(fixtures) == 0 {
			t.Errorf("%s has a fix but no failing fixture", id)
		}
		for _, fx := range fixtures {
			n++
			t.Run(id+"/"+filepath.Base(fx), func(t *testing.T) { checkFix(t, eng, id, fx) })
		}
	}
	if n == 0 {
		t.Fatal("no fixable rule found")
	}
	t.Logf("%d fixable rules, %d fixtures", len(fixable), n)
}

func checkFix(t *testing.T, eng *policy.Engine, id, fixture string) {
	dir := t.TempDir()
	copyTree(t, fixture, dir)
	before := readTree(t, dir)
	findings, rs := scanFor(t, eng, id, dir)
	if len(findings) == 0 {
		t.Fatalf("the failing fixture does not fire")
	}
	edits, skipped := fix.Plan(findings, rs, dir)
	// A finding a fix cannot make safely (a value a template computes) is skipped with its
	// reason; it is the only kind allowed to remain, and at least one must be fixed.
	left := map[string]bool{}
	for _, s := range skipped {
		t.Logf("not fixed: %s at %s: %s", s.Finding.ResourceKey, s.Finding.Location, s.Reason)
		left[s.Finding.ResourceKey+" "+s.Finding.Path.String()] = true
	}
	if len(edits) == 0 {
		t.Fatalf("nothing fixed")
	}
	if err := fix.Apply(dir, edits); err != nil {
		t.Fatal(err)
	}
	after, rs2 := scanFor(t, eng, id, dir)
	for _, f := range after {
		if !left[f.ResourceKey+" "+f.Path.String()] {
			t.Errorf("still fires after the fix at %s: %s", f.Location, f.Message)
		}
	}
	allowed := allowedLines(findings, rs)
	for _, e := range edits {
		checkUntouched(t, e, allowed[e.File])
		checkComments(t, e)
	}
	for name, src := range readTree(t, dir) {
		if _, edited := editedFile(edits, name); !edited && src != before[name] {
			t.Errorf("%s changed without an edit", name)
		}
	}
	again, skippedAgain := fix.Plan(after, rs2, dir)
	if len(skippedAgain) != len(skipped) {
		t.Errorf("a second fix skips %d findings, the first %d", len(skippedAgain), len(skipped))
	}
	if len(again) != 0 {
		t.Errorf("a second fix changes %s again", again[0].File)
	}
}

// scanFor scans dir and returns the rule's open findings, failing on files that do not load.
func scanFor(t *testing.T, eng *policy.Engine, id, dir string) ([]*finding.Finding, []*resource.Resource) {
	t.Helper()
	ctx := context.Background()
	loaded, err := scan.Resources(ctx, scan.Options{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range loaded.Diagnostics {
		if d.Error {
			t.Errorf("does not load: %s", d)
		}
	}
	all, _, err := eng.Evaluate(ctx, loaded.Resources)
	if err != nil {
		t.Fatal(err)
	}
	var out []*finding.Finding
	for _, f := range all {
		if f.Rule.ID == id {
			out = append(out, f)
		}
	}
	return out, loaded.Resources
}

type span struct{ from, to int }

// allowedLines are, per file, the line ranges a fix may change: the declarations of the
// resources it fixes and the lines that set the values it rewrites.
func allowedLines(fs []*finding.Finding, rs []*resource.Resource) map[string][]span {
	byKey := map[string]*resource.Resource{}
	for _, r := range rs {
		byKey[r.Root+"\x00"+r.Key] = r
	}
	out := map[string][]span{}
	add := func(l resource.Location) {
		end := l.EndLine
		if end < l.StartLine {
			end = l.StartLine
		}
		out[l.File] = append(out[l.File], span{l.StartLine, end})
	}
	for _, f := range fs {
		add(f.Location)
		if r := byKey[f.ResourceRoot+"\x00"+f.ResourceKey]; r != nil {
			add(r.Locations[""])
			for _, l := range r.Locations {
				if l.File != r.Locations[""].File {
					add(l) // a tfvars line, a values.yaml line
				}
			}
		}
	}
	return out
}

// checkUntouched fails when a line outside the allowed spans was changed or removed, or a
// line was inserted away from them.
func checkUntouched(t *testing.T, e fix.Edit, allowed []span) {
	t.Helper()
	a, b := strings.SplitAfter(string(e.Old), "\n"), strings.SplitAfter(string(e.New), "\n")
	m := difflib.NewMatcher(a, b)
	in := func(line int) bool {
		for _, s := range allowed {
			if line >= s.from && line <= s.to+1 {
				return true
			}
		}
		return false
	}
	for _, op := range m.GetOpCodes() {
		if op.Tag == 'e' {
			continue
		}
		from := op.I1 + 1
		if op.Tag == 'i' {
			// Lines inserted after a blank line are as well inserted before it: the
			// matcher picks either for a companion added after a block.
			for from > 1 && strings.TrimSpace(a[from-2]) == "" {
				from--
			}
		}
		for l := from; l <= max(op.I2, from); l++ {
			if !in(l) {
				t.Errorf("%s: line %d changed, outside what the fix may edit (%v):\n%s", e.File, l, allowed, strings.Join(b[op.J1:op.J2], ""))
				return
			}
		}
	}
}

var comment = regexp.MustCompile(`(#|//).*$`)

// checkComments fails when a comment of the old file is no longer in the new one.
func checkComments(t *testing.T, e fix.Edit) {
	t.Helper()
	for _, l := range strings.Split(string(e.Old), "\n") {
		c := comment.FindString(l)
		if c != "" && !strings.Contains(string(e.New), c) {
			t.Errorf("%s: comment %q lost", e.File, c)
		}
	}
}

func editedFile(edits []fix.Edit, name string) (fix.Edit, bool) {
	for _, e := range edits {
		if e.File == name {
			return e, true
		}
	}
	return fix.Edit{}, false
}

// failingFixtures maps each rule id to its failing fixtures (fail* files or directories).
func failingFixtures(t *testing.T, root string) map[string][]string {
	out := map[string][]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "rule.rego" {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		m := idLine.FindSubmatch(src)
		if m == nil {
			return nil
		}
		entries, _ := os.ReadDir(filepath.Dir(p))
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), "fail") {
				out[string(m[1])] = append(out[string(m[1])], filepath.Join(filepath.Dir(p), e.Name()))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	st, err := os.Stat(src)
	if err != nil {
		t.Fatal(err)
	}
	base := filepath.Dir(src)
	if st.IsDir() {
		base = src
	}
	err = filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(base, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out := filepath.Join(dst, rel)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sortedIDs(m map[string]*finding.Rule) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
