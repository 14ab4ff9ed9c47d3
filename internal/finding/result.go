package finding

import (
	"sort"

	"github.com/plumbsec/plumb/internal/resource"
)

// Skip records a check that was not decided: a value it needs is unknown (Paths lists them),
// or the rule failed at run time on this resource (Error says how).
type Skip struct {
	RuleID      string          `json:"rule_id"`
	ResourceKey string          `json:"resource"`
	Paths       []resource.Path `json:"-"`
	Location    resource.Location
	// Error is empty for an unknown value. Otherwise it is the rule's run-time error (a Rego
	// conflict, a malformed deny element); the scan went on, but the check is missing, so
	// the CLI treats it like an input error rather than a pass.
	Error string `json:"error,omitempty"`
}

// Result is the outcome of a scan: what fired, what could not be decided, what could not
// be read, and counts for the summary.
type Result struct {
	Findings    []*Finding
	Skipped     []Skip
	Diagnostics resource.Diagnostics
	// Resources is how many resources were evaluated; Files how many files were read.
	Resources int
	Files     int
	// ResourceTypes counts the evaluated resources by canonical type, so that a report can
	// tell a rule that found nothing from a rule that had nothing to read.
	ResourceTypes map[string]int
	// Rules lists every rule that was evaluated, for outputs that describe rules (SARIF).
	Rules []*Rule
	// Root is the directory the scan was given; file paths are relative to it.
	Root string
}

// Sort orders findings on a breach path first, then by severity (highest first), file, line
// and rule id, so that every output is stable.
func (r *Result) Sort() {
	sort.SliceStable(r.Findings, func(i, j int) bool {
		a, b := r.Findings[i], r.Findings[j]
		if (a.Breach != nil) != (b.Breach != nil) {
			return a.Breach != nil
		}
		if a.Severity() != b.Severity() {
			return a.Severity() > b.Severity()
		}
		if a.Location.File != b.Location.File {
			return a.Location.File < b.Location.File
		}
		if a.Location.StartLine != b.Location.StartLine {
			return a.Location.StartLine < b.Location.StartLine
		}
		if a.Rule.ID != b.Rule.ID {
			return a.Rule.ID < b.Rule.ID
		}
		return a.ResourceKey < b.ResourceKey
	})
	sort.Slice(r.Diagnostics, func(i, j int) bool {
		a, b := r.Diagnostics[i], r.Diagnostics[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
}

// Counts returns how many open findings there are at each severity.
func (r *Result) Counts() map[Severity]int {
	c := map[Severity]int{}
	for _, f := range r.Findings {
		if f.Status == Open {
			c[f.Severity()]++
		}
	}
	return c
}

// Fails reports whether any open finding is at or above threshold.
func (r *Result) Fails(threshold Severity) bool {
	for _, f := range r.Findings {
		if f.Status == Open && f.Severity() >= threshold {
			return true
		}
	}
	return false
}

// CountTypes counts resources by the type each one has, for Result.ResourceTypes.
func CountTypes[T any](rs []T, typeOf func(T) string) map[string]int {
	out := map[string]int{}
	for _, r := range rs {
		out[typeOf(r)]++
	}
	return out
}
