package report

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

// Format is an output format.
type Format int

// The output formats. The zero value is Text.
const (
	Text Format = iota
	JSON
	SARIF
	JUnit
	Markdown
)

var formatNames = [...]string{"text", "json", "sarif", "junit", "markdown"}

func (f Format) String() string {
	if f < Text || f > Markdown {
		return fmt.Sprintf("format(%d)", int(f))
	}
	return formatNames[f]
}

// MarshalText writes the format's name.
func (f Format) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText reads a format name, in any case.
func (f *Format) UnmarshalText(b []byte) error {
	v, err := ParseFormat(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// ParseFormat reads a format name in any case.
func ParseFormat(name string) (Format, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	for i, s := range formatNames {
		if s == n {
			return Format(i), nil
		}
	}
	return Text, fmt.Errorf("unknown output format %q (want one of %s)", name, strings.Join(formatNames[:], ", "))
}

// Formats lists every format, in the order of the help text.
func Formats() []Format { return []Format{Text, JSON, SARIF, JUnit, Markdown} }

// Options tune the output.
type Options struct {
	// Color turns on ANSI colours in the text format; see ColorEnabled.
	Color bool
	// Version is Plumb's version, written into the JSON and SARIF tool descriptions.
	Version string
	// ShowSuppressed lists suppressed, waived and accepted findings one by one in the text
	// format; without it they are only counted. The other formats always carry them.
	ShowSuppressed bool
	// SourceRoot is the directory that finding file names are relative to, read for the text
	// format's code snippets; empty means Result.Root.
	SourceRoot string
}

// Write renders res to w in format.
func Write(w io.Writer, format Format, res *finding.Result, opts Options) error {
	if res == nil {
		return errors.New("report: no result to write")
	}
	r := ordered(res)
	switch format {
	case Text:
		return writeText(w, r, opts)
	case JSON:
		return writeJSON(w, r, opts)
	case SARIF:
		return writeSARIF(w, r, opts)
	case JUnit:
		return writeJUnit(w, r, opts)
	case Markdown:
		return writeMarkdown(w, r, opts)
	}
	return fmt.Errorf("report: unknown format %v", format)
}

// noRule stands in for the rule of a finding that arrived without one, so that a bug
// upstream costs a label, not the report.
var noRule = &finding.Rule{ID: "unknown-rule", Title: "finding without a rule"}

// ordered returns a copy of res in report order; res itself is not changed.
func ordered(res *finding.Result) *finding.Result {
	c := *res
	c.Findings = make([]*finding.Finding, len(res.Findings))
	for i, f := range res.Findings {
		if f.Rule == nil {
			g := *f
			g.Rule = noRule
			f = &g
		}
		c.Findings[i] = f
	}
	c.Diagnostics = slices.Clone(res.Diagnostics)
	c.Sort()
	c.Skipped = slices.Clone(res.Skipped)
	slices.SortStableFunc(c.Skipped, func(a, b finding.Skip) int {
		if n := strings.Compare(a.RuleID, b.RuleID); n != 0 {
			return n
		}
		return strings.Compare(a.ResourceKey, b.ResourceKey)
	})
	return &c
}

// rules returns every rule of the result, each once, sorted by id: those listed in
// Result.Rules and any a finding names that the list missed.
func rules(res *finding.Result) []*finding.Rule {
	seen := map[string]bool{}
	var out []*finding.Rule
	add := func(r *finding.Rule) {
		if r != nil && !seen[r.ID] {
			seen[r.ID] = true
			out = append(out, r)
		}
	}
	for _, r := range res.Rules {
		add(r)
	}
	for _, f := range res.Findings {
		add(f.Rule)
	}
	slices.SortFunc(out, func(a, b *finding.Rule) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// tally counts what the summaries of every format report.
type tally struct {
	total      int
	bySeverity map[finding.Severity]int // open findings only
	byStatus   map[finding.Status]int
	unknown    int // checks skipped for an unknown value
	ruleErrors int // checks that failed at run time
	errors     int // error diagnostics
	warnings   int // warning diagnostics
}

func count(res *finding.Result) tally {
	t := tally{total: len(res.Findings), bySeverity: res.Counts(), byStatus: map[finding.Status]int{}}
	for _, f := range res.Findings {
		t.byStatus[f.Status]++
	}
	for _, s := range res.Skipped {
		if s.Error != "" {
			t.ruleErrors++
		} else {
			t.unknown++
		}
	}
	for _, d := range res.Diagnostics {
		if d.Error {
			t.errors++
		} else {
			t.warnings++
		}
	}
	return t
}

// isSourceFile tells a file name from the names loaders give values that came from no file:
// "<--var name>", "<environment TF_VAR_name>".
func isSourceFile(file string) bool {
	return file != "" && !(strings.HasPrefix(file, "<") && strings.HasSuffix(file, ">"))
}

// inFile returns l when it names a file, otherwise the first place in l.Via that does (the
// resource attribute that used a value given on the command line); the zero Location when
// there is none.
func inFile(l resource.Location) resource.Location {
	if isSourceFile(l.File) {
		return l
	}
	for _, v := range l.Via {
		if isSourceFile(v.File) {
			return v
		}
	}
	return resource.Location{}
}
