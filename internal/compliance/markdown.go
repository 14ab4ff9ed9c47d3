package compliance

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// writeMarkdown renders GitHub-flavoured Markdown, for a pull request comment or a wiki: a
// summary, one table per section, then the findings behind each failing control.
func writeMarkdown(w io.Writer, r *Report) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "# %s\n\n", mdText(r.Framework.Title()))
	if r.Root != "" {
		fmt.Fprintf(b, "Scanned `%s` (%d resources).\n\n", mdCode(r.Root), r.Resources)
	}
	s := r.Summary()
	fmt.Fprintf(b, "| Status | Controls |\n|---|---:|\n")
	fmt.Fprintf(b, "| fail | %d |\n| pass | %d |\n| untested | %d |\n| not covered | %d |\n\n", s.Fail, s.Pass, s.Untested, s.NotCovered)
	fmt.Fprintf(b, "%s\n", mdText(summaryLine(r)))
	for _, sec := range sections(r) {
		fmt.Fprintf(b, "\n## %s\n\n", mdText(sec.Name))
		fmt.Fprintf(b, "| Status | Control | Title | Rules | Open findings |\n|---|---|---|---|---:|\n")
		for _, c := range sec.Controls {
			title := c.Control.Title
			if n := c.Note(); n != "" {
				title += " (" + n + ")"
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s | %d |\n", mdStatus(c.Status), mdCell(c.Control.ID), mdCell(title),
				mdCell(ruleIDs(c.Rules)), len(c.Open()))
		}
	}
	var details []*ControlResult
	for i := range r.Controls {
		if c := &r.Controls[i]; len(c.Findings) > 0 {
			details = append(details, c)
		}
	}
	if len(details) > 0 {
		fmt.Fprintf(b, "\n## Findings by control\n")
	}
	for _, c := range details {
		fmt.Fprintf(b, "\n### %s %s: %s\n\n", mdStatus(c.Status), mdText(c.Control.ID), mdText(c.Control.Title))
		for _, f := range c.Findings {
			line := fmt.Sprintf("- **%s** `%s` on `%s`", f.Severity(), mdCode(f.Rule.ID), mdCode(f.ResourceKey))
			if at := where(f); at != "" {
				line += fmt.Sprintf(" at `%s`", mdCode(at))
			}
			if f.Message != "" {
				line += ": " + mdText(f.Message)
			}
			if !isOpen(f) {
				line += " (" + mdText(exception(f)) + ")"
			}
			fmt.Fprintln(b, line)
		}
	}
	return b.Flush()
}

func mdStatus(s Status) string {
	switch s {
	case Fail:
		return "❌ fail"
	case Pass:
		return "✅ pass"
	case Untested:
		return "➖ untested"
	}
	return "not covered"
}

// mdText escapes the characters Markdown would read as markup in running text.
func mdText(s string) string {
	var b strings.Builder
	for _, r := range oneLine(s) {
		if strings.ContainsRune("\\`*_[]<>|#", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdCell is text for a table cell.
func mdCell(s string) string { return mdText(s) }

// mdCode is text inside a code span: backticks cannot be escaped there, so they become
// quotes; pipes must still be escaped inside a table.
func mdCode(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(oneLine(s), "`", "'"), "|", "\\|")
}
