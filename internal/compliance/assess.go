package compliance

import (
	"fmt"
	"sort"
	"strings"

	"github.com/plumbsec/plumb/internal/finding"
)

// Status is what a scan says of one control.
type Status int

// Control statuses, from the least to the most pressing.
const (
	// NotCovered: no evaluated rule maps to the control; Plumb says nothing about it.
	NotCovered Status = iota
	// Untested: rules map to the control, but the scan held no resource they read, or some
	// of their checks could not be decided (an unknown value, a rule error).
	Untested
	// Pass: the control's rules checked at least one resource and none has an open finding.
	Pass
	// Fail: at least one open finding of the control's rules.
	Fail
)

var statusNames = [...]string{"not-covered", "untested", "pass", "fail"}

func (s Status) String() string {
	if s < NotCovered || s > Fail {
		return fmt.Sprintf("status(%d)", int(s))
	}
	return statusNames[s]
}

// MarshalText writes the status name.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// ControlResult is one control's status and what it rests on.
type ControlResult struct {
	Control *Control
	Extra   bool
	Status  Status
	// Rules are the evaluated rules that map to the control.
	Rules []*finding.Rule
	// Checked is how many scanned resources are of a type one of Rules reads.
	Checked int
	// Undecided is how many checks of Rules were skipped: a value they need was unknown, or
	// the rule failed at run time. A control with undecided checks never passes.
	Undecided int
	// Findings are every finding of Rules: open ones first, then the suppressed, waived and
	// accepted ones (exceptions), each group by severity, rule and resource.
	Findings []*finding.Finding
}

// Open returns the findings that fail the control.
func (c *ControlResult) Open() []*finding.Finding { return c.filter(true) }

// Exceptions returns the suppressed, waived and accepted findings.
func (c *ControlResult) Exceptions() []*finding.Finding { return c.filter(false) }

func (c *ControlResult) filter(open bool) []*finding.Finding {
	var out []*finding.Finding
	for _, f := range c.Findings {
		if (f.Status == finding.Open) == open {
			out = append(out, f)
		}
	}
	return out
}

// Report is a scan judged against one framework.
type Report struct {
	Framework *Framework
	// Root is what was scanned (a directory or a live scope).
	Root     string
	Controls []ControlResult
	// Resources is how many resources the scan evaluated.
	Resources int
	// RuleErrors counts checks of the framework's rules that failed at run time, and
	// Unknown those skipped for an unknown value: both leave a control less tested.
	RuleErrors, Unknown int
}

// Summary counts controls by status.
type Summary struct {
	Total, Covered                   int
	Pass, Fail, Untested, NotCovered int
	OpenFindings, Exceptions, Extra  int
}

// Summary counts the report's catalog controls by status, and the findings behind them.
func (r *Report) Summary() Summary {
	var s Summary
	seen := map[*finding.Finding]bool{}
	for i := range r.Controls {
		c := &r.Controls[i]
		for _, f := range c.Findings {
			if !seen[f] {
				seen[f] = true
				if f.Status == finding.Open {
					s.OpenFindings++
				} else {
					s.Exceptions++
				}
			}
		}
		if c.Extra {
			s.Extra++
			continue
		}
		s.Total++
		switch c.Status {
		case Pass:
			s.Pass++
		case Fail:
			s.Fail++
		case Untested:
			s.Untested++
		default:
			s.NotCovered++
		}
	}
	s.Covered = s.Total - s.NotCovered
	return s
}

// Assess judges res against f: each control's status comes from the findings of the rules
// that were evaluated (res.Rules) and map to it.
func Assess(f *Framework, res *finding.Result) *Report {
	cov := CoverageOf(f, res.Rules)
	byRule := map[string][]*finding.Finding{}
	for _, fd := range res.Findings {
		if fd.Rule != nil {
			byRule[fd.Rule.ID] = append(byRule[fd.Rule.ID], fd)
		}
	}
	skips := map[string]int{}
	for _, s := range res.Skipped {
		skips[s.RuleID]++
	}
	r := &Report{Framework: f, Root: res.Root, Resources: res.Resources}
	mapped := map[string]bool{}
	for _, cc := range cov.Controls {
		cr := ControlResult{Control: cc.Control, Extra: cc.Extra, Rules: cc.Rules}
		for _, rule := range cc.Rules {
			mapped[rule.ID] = true
			cr.Findings = append(cr.Findings, byRule[rule.ID]...)
			cr.Undecided += skips[rule.ID]
		}
		sortFindings(cr.Findings)
		cr.Checked = checked(cc.Rules, res)
		cr.Status = statusOf(&cr)
		r.Controls = append(r.Controls, cr)
	}
	for _, s := range res.Skipped {
		if mapped[s.RuleID] {
			if s.Error != "" {
				r.RuleErrors++
			} else {
				r.Unknown++
			}
		}
	}
	return r
}

func statusOf(c *ControlResult) Status {
	switch {
	case len(c.Rules) == 0:
		return NotCovered
	case len(c.Open()) > 0:
		return Fail
	case c.Undecided > 0, c.Checked == 0 && len(c.Findings) == 0:
		return Untested
	}
	return Pass
}

// Note says why an untested control is untested; "" for the other statuses.
func (c *ControlResult) Note() string {
	if c.Status != Untested {
		return ""
	}
	if c.Undecided > 0 {
		return fmt.Sprintf("%d %s could not be decided", c.Undecided, plural(c.Undecided, "check", "checks"))
	}
	return "no scanned resource is of a type its rules read"
}

// checked counts the resources of res that one of rules reads.
func checked(rules []*finding.Rule, res *finding.Result) int {
	types := map[string]bool{}
	for _, r := range rules {
		for _, t := range r.Types {
			if t == "*" {
				return res.Resources
			}
			types[t] = true
		}
	}
	n := 0
	for t := range types {
		n += res.ResourceTypes[t]
	}
	return n
}

func sortFindings(fs []*finding.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if (a.Status == finding.Open) != (b.Status == finding.Open) {
			return a.Status == finding.Open
		}
		if a.Severity() != b.Severity() {
			return a.Severity() > b.Severity()
		}
		if a.Rule.ID != b.Rule.ID {
			return a.Rule.ID < b.Rule.ID
		}
		if a.ResourceKey != b.ResourceKey {
			return a.ResourceKey < b.ResourceKey
		}
		if a.Location.File != b.Location.File {
			return a.Location.File < b.Location.File
		}
		return a.Location.StartLine < b.Location.StartLine
	})
}

// ruleIDs joins the ids of rules.
func ruleIDs(rules []*finding.Rule) string {
	ids := make([]string, len(rules))
	for i, r := range rules {
		ids[i] = r.ID
	}
	return strings.Join(ids, ", ")
}
