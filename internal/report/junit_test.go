package report

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
)

// The JUnit output must parse back, and its counts must add up, for CI systems to trust it.
func TestJUnitParsesAndCounts(t *testing.T) {
	res := sampleResult()
	// Text that XML cannot hold as is.
	res.Findings[0].Message = "a <b> & \"c\" ]]> \x1b[31m end"
	var buf bytes.Buffer
	if err := Write(&buf, JUnit, res, Options{}); err != nil {
		t.Fatal(err)
	}
	var doc junitSuites
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("invalid XML: %v\n%s", err, buf.String())
	}
	var tests, failures, errors, skipped int
	for _, s := range doc.Suites {
		var f, e, sk int
		for _, c := range s.Cases {
			switch {
			case c.Error != nil:
				e++
			case c.Failure != nil:
				f++
			case c.Skipped != nil:
				sk++
			}
		}
		if s.Tests != len(s.Cases) || s.Failures != f || s.Errors != e || s.Skipped != sk {
			t.Errorf("suite %q counts %d/%d/%d/%d, cases say %d/%d/%d/%d",
				s.Name, s.Tests, s.Failures, s.Errors, s.Skipped, len(s.Cases), f, e, sk)
		}
		tests, failures, errors, skipped = tests+s.Tests, failures+f, errors+e, skipped+sk
	}
	if doc.Tests != tests || doc.Failures != failures || doc.Errors != errors || doc.Skipped != skipped {
		t.Errorf("testsuites counts %d/%d/%d/%d, suites add up to %d/%d/%d/%d",
			doc.Tests, doc.Failures, doc.Errors, doc.Skipped, tests, failures, errors, skipped)
	}
	// Every open finding fails, every closed one is skipped, the input error is an error.
	open, closed := 0, 0
	for _, f := range res.Findings {
		if f.Status == finding.Open {
			open++
		} else {
			closed++
		}
	}
	if failures != open || skipped < closed || errors != 2 {
		t.Errorf("failures %d (want %d), skipped %d (want ≥ %d), errors %d (want 2: a rule and an input)",
			failures, open, skipped, closed, errors)
	}
	if !strings.Contains(buf.String(), `<testsuite name="plumb input errors"`) {
		t.Error("no input errors suite")
	}
}

// Two findings of one rule on one resource are one test case that lists both.
func TestJUnitOneCasePerResource(t *testing.T) {
	r := &finding.Rule{ID: "R-1", Title: "t", Severity: finding.Medium, Remediation: "fix it"}
	res := &finding.Result{Findings: []*finding.Finding{
		{Rule: r, ResourceKey: "k", Message: "first", Location: loc("a.tf", 1, 1)},
		{Rule: r, ResourceKey: "k", Message: "second", Location: loc("a.tf", 5, 5)},
	}}
	var buf bytes.Buffer
	if err := Write(&buf, JUnit, res, Options{}); err != nil {
		t.Fatal(err)
	}
	var doc junitSuites
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Suites) != 1 || len(doc.Suites[0].Cases) != 1 {
		t.Fatalf("want one suite with one case:\n%s", buf.String())
	}
	body := doc.Suites[0].Cases[0].Failure.Body
	for _, want := range []string{"a.tf:1\nfirst\n", "a.tf:5\nsecond\n", "Remediation: fix it"} {
		if !strings.Contains(body, want) {
			t.Errorf("failure body lacks %q:\n%s", want, body)
		}
	}
}
