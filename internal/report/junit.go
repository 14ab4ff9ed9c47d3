package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/plumbsec/plumb/internal/finding"
)

// inputSuite names the test suite that holds input errors.
const inputSuite = "plumb input errors"

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	// Body is CDATA so that its line breaks stay readable; sanitize keeps it valid XML.
	Body string `xml:",cdata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// junitResource gathers what one rule found on one resource: a test case.
type junitResource struct {
	key    string
	open   []*finding.Finding
	closed []*finding.Finding
	skips  []finding.Skip // unknown values and rule errors
}

// writeJUnit writes one test suite per rule and one test case per resource the rule fired
// on (a rule that fired nowhere has one passing case, so a clean scan is not an empty
// report, which CI systems read as a broken one).
func writeJUnit(w io.Writer, res *finding.Result, _ Options) error {
	byRule := map[string]map[string]*junitResource{}
	at := func(rule, key string) *junitResource {
		if byRule[rule] == nil {
			byRule[rule] = map[string]*junitResource{}
		}
		if byRule[rule][key] == nil {
			byRule[rule][key] = &junitResource{key: key}
		}
		return byRule[rule][key]
	}
	for _, f := range res.Findings {
		r := at(f.Rule.ID, displayKey(f))
		if f.Status == finding.Open {
			r.open = append(r.open, f)
		} else {
			r.closed = append(r.closed, f)
		}
	}
	for _, s := range res.Skipped {
		r := at(s.RuleID, s.ResourceKey)
		r.skips = append(r.skips, s)
	}
	doc := junitSuites{Name: "plumb"}
	for _, rule := range junitRules(res, byRule) {
		doc.add(junitRuleSuite(rule, byRule[rule.ID]))
	}
	if s, ok := junitInputSuite(res); ok {
		doc.add(s)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// junitRules lists the rules of the result and those only a skipped check names.
func junitRules(res *finding.Result, byRule map[string]map[string]*junitResource) []*finding.Rule {
	rs := rules(res)
	known := map[string]bool{}
	for _, r := range rs {
		known[r.ID] = true
	}
	for id := range byRule {
		if !known[id] {
			rs = append(rs, &finding.Rule{ID: id})
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	return rs
}

func (d *junitSuites) add(s junitSuite) {
	for _, c := range s.Cases {
		switch {
		case c.Error != nil:
			s.Errors++
		case c.Failure != nil:
			s.Failures++
		case c.Skipped != nil:
			s.Skipped++
		}
	}
	s.Tests = len(s.Cases)
	d.Tests += s.Tests
	d.Failures += s.Failures
	d.Errors += s.Errors
	d.Skipped += s.Skipped
	d.Suites = append(d.Suites, s)
}

func junitRuleSuite(rule *finding.Rule, resources map[string]*junitResource) junitSuite {
	s := junitSuite{Name: strings.TrimSpace(rule.ID + " " + rule.Title)}
	keys := make([]string, 0, len(resources))
	for k := range resources {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s.Cases = append(s.Cases, junitCaseOf(rule, resources[k]))
	}
	if len(s.Cases) == 0 {
		s.Cases = []junitCase{{Name: "no resource fails this rule", Classname: rule.ID}}
	}
	return s
}

// junitCaseOf makes one test case: an error when the rule failed to run on the resource, a
// failure when it has open findings, skipped when all are suppressed or undecided.
func junitCaseOf(rule *finding.Rule, r *junitResource) junitCase {
	c := junitCase{Name: r.key, Classname: rule.ID}
	var errs, unknown []string
	for _, s := range r.skips {
		if s.Error != "" {
			errs = append(errs, s.Error)
		} else {
			unknown = append(unknown, skipText(s))
		}
	}
	switch {
	case len(errs) > 0:
		c.Error = &junitProblem{Message: "rule failed: " + errs[0], Type: "rule error", Body: sanitize(strings.Join(errs, "\n"), true)}
	case len(r.open) > 0:
		c.File = inFile(r.open[0].Location).File
		c.Failure = &junitProblem{Message: r.open[0].Message, Type: r.open[0].Severity().String(), Body: sanitize(junitBody(r.open), true)}
	case len(r.closed) > 0:
		c.File = inFile(r.closed[0].Location).File
		var reasons []string
		for _, f := range r.closed {
			reasons = append(reasons, f.Status.String()+": "+orNone(f.Reason))
		}
		c.Skipped = &junitSkipped{Message: strings.Join(reasons, "; ")}
	case len(unknown) > 0:
		c.Skipped = &junitSkipped{Message: strings.Join(unknown, "; ")}
	}
	return c
}

func skipText(s finding.Skip) string {
	paths := make([]string, len(s.Paths))
	for i, p := range s.Paths {
		paths[i] = p.String()
	}
	if len(paths) == 0 {
		return "value unknown"
	}
	return "value unknown: " + strings.Join(paths, ", ")
}

// junitBody lists each open finding's place, message and remediation.
func junitBody(open []*finding.Finding) string {
	var b strings.Builder
	for i, f := range open {
		if i > 0 {
			b.WriteString("\n")
		}
		where := f.Location.String()
		if where == "" {
			where = displayKey(f)
		}
		fmt.Fprintf(&b, "%s\n%s\n", where, f.Message)
		for _, v := range f.Location.Via {
			fmt.Fprintf(&b, "used at %s\n", v.String())
		}
		if f.Rule.Remediation != "" {
			fmt.Fprintf(&b, "Remediation: %s\n", f.Rule.Remediation)
		}
	}
	return b.String()
}

// junitInputSuite holds one error case per input error; warnings are left to the other
// formats, since a JUnit case can only pass or fail.
func junitInputSuite(res *finding.Result) (junitSuite, bool) {
	s := junitSuite{Name: inputSuite}
	for _, d := range res.Diagnostics {
		if !d.Error {
			continue
		}
		name := d.File
		if d.Line > 0 {
			name = fmt.Sprintf("%s:%d", d.File, d.Line)
		}
		s.Cases = append(s.Cases, junitCase{
			Name: name, Classname: inputSuite, File: d.File,
			Error: &junitProblem{Message: d.Summary, Type: "input error", Body: sanitize(d.String(), true)},
		})
	}
	return s, len(s.Cases) > 0
}
