package compliance

import (
	"fmt"
	"io"
	"strings"

	"github.com/plumbsec/plumb/internal/finding"
)

// Format is an output format of a compliance report.
type Format int

// The formats. The zero value is Text.
const (
	Text Format = iota
	JSON
	Markdown
	HTML
)

var formatNames = [...]string{"text", "json", "markdown", "html"}

func (f Format) String() string {
	if f < Text || f > HTML {
		return fmt.Sprintf("format(%d)", int(f))
	}
	return formatNames[f]
}

// ParseFormat reads a format name in any case; "md" is Markdown.
func ParseFormat(name string) (Format, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "md" {
		return Markdown, nil
	}
	for i, s := range formatNames {
		if s == n {
			return Format(i), nil
		}
	}
	return Text, fmt.Errorf("unknown output format %q (want one of %s)", name, strings.Join(formatNames[:], ", "))
}

// Options tune the output.
type Options struct {
	// Version is Plumb's version, written into the JSON and HTML outputs.
	Version string
}

// Write renders r in format.
func Write(w io.Writer, format Format, r *Report, opts Options) error {
	switch format {
	case Text:
		return writeText(w, r)
	case JSON:
		return writeJSON(w, r, opts)
	case Markdown:
		return writeMarkdown(w, r)
	case HTML:
		return writeHTML(w, r, opts)
	}
	return fmt.Errorf("compliance: unknown format %v", format)
}

// where says where a finding is: file:line, or the resource key for a live resource.
func where(f *finding.Finding) string {
	if f.Location.File != "" && !strings.HasPrefix(f.Location.File, "<") {
		if f.Location.StartLine > 0 {
			return fmt.Sprintf("%s:%d", f.Location.File, f.Location.StartLine)
		}
		return f.Location.File
	}
	return ""
}

// exception says why a closed finding does not fail its control.
func exception(f *finding.Finding) string {
	s := f.Status.String()
	if w := f.Waiver; w != nil && f.Status == finding.Waived {
		s += fmt.Sprintf(" by %s until %s", w.Owner, w.Expires)
	}
	if f.Reason != "" {
		s += ": " + f.Reason
	}
	return s
}

// percent renders covered/total as a whole percentage.
func percent(n, total int) string {
	if total == 0 {
		return "0%"
	}
	return fmt.Sprintf("%d%%", (n*100+total/2)/total)
}

// summaryLine is the one-line summary every format ends or starts with.
func summaryLine(r *Report) string {
	s := r.Summary()
	line := fmt.Sprintf("%d controls: %d fail, %d pass, %d untested, %d not covered. Rules cover %d of %d (%s). %d open %s, %d %s.",
		s.Total, s.Fail, s.Pass, s.Untested, s.NotCovered, s.Covered, s.Total, percent(s.Covered, s.Total),
		s.OpenFindings, plural(s.OpenFindings, "finding", "findings"), s.Exceptions, plural(s.Exceptions, "exception", "exceptions"))
	if r.RuleErrors > 0 || r.Unknown > 0 {
		line += fmt.Sprintf(" %d %s failed to run and %d could not be decided (unknown values).",
			r.RuleErrors, plural(r.RuleErrors, "check", "checks"), r.Unknown)
	}
	return line
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// sections groups the report's controls by section, in order.
func sections(r *Report) []sectionResults {
	var out []sectionResults
	for i := range r.Controls {
		c := &r.Controls[i]
		if len(out) == 0 || out[len(out)-1].Name != c.Control.Section {
			out = append(out, sectionResults{Name: c.Control.Section})
		}
		out[len(out)-1].Controls = append(out[len(out)-1].Controls, c)
	}
	return out
}

type sectionResults struct {
	Name     string
	Controls []*ControlResult
}
