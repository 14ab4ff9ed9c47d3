package compliance

import (
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
)

// testFramework is a small catalog: one control for each status.
func testFramework(t *testing.T) *Framework {
	t.Helper()
	f, err := parseCatalog([]byte(`key: t
name: Test
version: "1"
sections:
  - name: A
    controls:
      - {id: "1", title: fails}
      - {id: "2", title: passes with an exception}
      - {id: "3", title: nothing to read}
      - {id: "4", title: undecided}
  - name: B
    controls:
      - {id: "5", title: no rule}
`))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestAssessStatuses(t *testing.T) {
	fw := testFramework(t)
	rule := func(id string, types []string, controls ...string) *finding.Rule {
		return &finding.Rule{ID: id, Types: types, Controls: map[string][]string{"t": controls}}
	}
	open := rule("R-OPEN", []string{"bucket"}, "1")
	excepted := rule("R-EXC", []string{"bucket"}, "2")
	absent := rule("R-ABSENT", []string{"queue"}, "3")
	undecided := rule("R-UNK", []string{"*"}, "4", "1")
	custom := rule("R-CUSTOM", []string{"bucket"}, "99")
	res := &finding.Result{
		Rules:         []*finding.Rule{open, excepted, absent, undecided, custom},
		Resources:     2,
		ResourceTypes: map[string]int{"bucket": 2},
		Findings: []*finding.Finding{
			{Rule: open, ResourceKey: "b", Status: finding.Open},
			{Rule: excepted, ResourceKey: "a", Status: finding.Waived, Reason: "until June",
				Waiver: &finding.Waiver{Owner: "ops", Expires: "2099-06-30"}},
		},
		Skipped: []finding.Skip{{RuleID: "R-UNK", ResourceKey: "a"}},
	}
	r := Assess(fw, res)
	want := map[string]Status{"1": Fail, "2": Pass, "3": Untested, "4": Untested, "5": NotCovered, "99": Pass}
	for _, c := range r.Controls {
		if c.Status != want[c.Control.ID] {
			t.Errorf("control %s: %s, want %s", c.Control.ID, c.Status, want[c.Control.ID])
		}
	}
	if c := r.Controls[1]; len(c.Exceptions()) != 1 || exception(c.Exceptions()[0]) != "waived by ops until 2099-06-30: until June" {
		t.Errorf("control 2 exceptions: %v", c.Exceptions())
	}
	if c := r.Controls[3]; c.Note() != "1 check could not be decided" {
		t.Errorf("control 4 note %q", c.Note())
	}
	if c := r.Controls[2]; c.Note() != "no scanned resource is of a type its rules read" {
		t.Errorf("control 3 note %q", c.Note())
	}
	if c := r.Controls[5]; !c.Extra || c.Control.ID != "99" || c.Control.Section != "Other" {
		t.Errorf("an id outside the catalog must be listed last as extra: %+v", c)
	}
	s := r.Summary()
	if s.Total != 5 || s.Fail != 1 || s.Pass != 1 || s.Untested != 2 || s.NotCovered != 1 || s.Covered != 4 ||
		s.OpenFindings != 1 || s.Exceptions != 1 || s.Extra != 1 {
		t.Errorf("summary %+v", s)
	}
	var text strings.Builder
	if err := Write(&text, Text, r, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "5 controls: 1 fail, 1 pass, 2 untested, 1 not covered. Rules cover 4 of 5 (80%).") {
		t.Errorf("text summary:\n%s", text.String())
	}
}

func TestParseCatalogRefusesDuplicatesAndUnknownKeys(t *testing.T) {
	for name, src := range map[string]string{
		"duplicate": "key: t\nname: T\nsections:\n  - name: A\n    controls:\n      - {id: \"1\", title: a}\n      - {id: \"1\", title: b}\n",
		"unknown":   "key: t\nname: T\ntitel: x\n",
		"no title":  "key: t\nname: T\nsections:\n  - name: A\n    controls:\n      - {id: \"1\"}\n",
	} {
		if _, err := parseCatalog([]byte(src)); err == nil {
			t.Errorf("%s: want an error", name)
		}
	}
}
