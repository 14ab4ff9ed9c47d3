package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/redact"
	"github.com/plumbsec/plumb/internal/resource"
)

// textWriter renders the text format: open findings by severity, then the suppressed ones,
// failed checks, input problems and a summary line.
type textWriter struct {
	w    *bufio.Writer
	p    palette
	src  *sources
	opts Options
	// onPath numbers the breach path of each open finding on one (breachSection).
	onPath map[*finding.Finding]int
}

func writeText(w io.Writer, res *finding.Result, opts Options) error {
	root := opts.SourceRoot
	if root == "" {
		root = res.Root
	}
	tw := &textWriter{w: bufio.NewWriter(w), p: palette{opts.Color}, src: newSources(root), opts: opts}
	var open, closed []*finding.Finding
	for _, f := range res.Findings {
		if f.Status == finding.Open {
			open = append(open, f)
		} else {
			closed = append(closed, f)
		}
	}
	var paths []*finding.Breach
	paths, tw.onPath = breachPaths(open)
	tw.breachSection(paths, open)
	for _, f := range open {
		tw.openFinding(f)
	}
	tw.closedFindings(closed)
	tw.failedChecks(res.Skipped)
	tw.diagnostics(res.Diagnostics)
	tw.summary(res)
	return tw.w.Flush()
}

// header writes "SEVERITY  RULE-ID  title" and the location line under it.
func (tw *textWriter) header(f *finding.Finding, dimmed bool) {
	sev := fmt.Sprintf("%-8s", strings.ToUpper(f.Severity().String()))
	id, title := oneLine(f.Rule.ID), oneLine(f.Rule.Title)
	where := oneLine(displayKey(f))
	if !f.Location.IsZero() {
		where = oneLine(f.Location.String()) + "  " + where
	}
	if dimmed {
		fmt.Fprintln(tw.w, tw.p.dim(strings.TrimRight(sev+"  "+id+"  "+title, " ")))
		fmt.Fprintln(tw.w, tw.p.dim("  "+where))
		return
	}
	fmt.Fprintln(tw.w, strings.TrimRight(tw.p.severity(f.Severity(), sev)+"  "+tw.p.bold(id)+"  "+title, " "))
	fmt.Fprintln(tw.w, "  "+where)
}

func (tw *textWriter) openFinding(f *finding.Finding) {
	tw.header(f, false)
	tw.indented("  ", f.Message, nil)
	lines, more := tw.src.snippet(f.Location)
	width := len(fmt.Sprint(f.Location.StartLine + max(len(lines)-1, 0)))
	for _, l := range lines {
		fmt.Fprintf(tw.w, "  %s %s\n", tw.p.dim(fmt.Sprintf("%*d |", width, l.n)), maskSnippet(f, l.text))
	}
	if more > 0 {
		fmt.Fprintf(tw.w, "  %s\n", tw.p.dim(fmt.Sprintf("%*s | ... %d more %s", width, "", more, plural(more, "line", "lines"))))
	}
	if len(f.Location.Via) > 0 {
		fmt.Fprintf(tw.w, "  via: %s\n", oneLine(viaText(f.Location)))
	}
	tw.breachLine(f)
	if f.Rule.Remediation != "" {
		tw.indented("  remediation: ", f.Rule.Remediation, nil)
	}
	if w := f.Waiver; w != nil && f.WaiverExpired {
		tw.indented("  ", fmt.Sprintf("waiver expired %s (owner %s): %s", w.Expires, w.Owner, w.Reason), nil)
	}
	fmt.Fprintln(tw.w)
}

// viaText says where a value was set and where it went: "set in terraform.tfvars:3, used at
// main.tf:12".
func viaText(l resource.Location) string {
	used := make([]string, len(l.Via))
	for i, v := range l.Via {
		used[i] = v.String()
	}
	return fmt.Sprintf("set in %s, used at %s", l.String(), strings.Join(used, ", then "))
}

func (tw *textWriter) closedFindings(closed []*finding.Finding) {
	if len(closed) == 0 {
		return
	}
	if !tw.opts.ShowSuppressed {
		fmt.Fprintln(tw.w, tw.p.dim(fmt.Sprintf("%d suppressed, waived or accepted %s not listed.",
			len(closed), plural(len(closed), "finding", "findings"))))
		fmt.Fprintln(tw.w)
		return
	}
	fmt.Fprintln(tw.w, tw.p.bold(fmt.Sprintf("Suppressed, waived and accepted (%d)", len(closed))))
	fmt.Fprintln(tw.w)
	for _, f := range closed {
		tw.header(f, true)
		status := f.Status.String()
		if w := f.Waiver; w != nil && f.Status == finding.Waived {
			status += fmt.Sprintf(" (owner %s, until %s)", w.Owner, w.Expires)
		}
		tw.indented("  "+status+": ", orNone(f.Reason), tw.p.dim)
		fmt.Fprintln(tw.w)
	}
}

func (tw *textWriter) failedChecks(skips []finding.Skip) {
	var failed []finding.Skip
	for _, s := range skips {
		if s.Error != "" {
			failed = append(failed, s)
		}
	}
	if len(failed) == 0 {
		return
	}
	fmt.Fprintln(tw.w, tw.p.bold(fmt.Sprintf("Checks that failed to run (%d)", len(failed))))
	for _, s := range failed {
		where := ""
		if !s.Location.IsZero() {
			where = " (" + s.Location.String() + ")"
		}
		fmt.Fprintln(tw.w, tw.p.diagnostic(true, oneLine(fmt.Sprintf("  %s on %s%s: %s", s.RuleID, s.ResourceKey, where, s.Error))))
	}
	fmt.Fprintln(tw.w)
}

func (tw *textWriter) diagnostics(ds resource.Diagnostics) {
	if len(ds) == 0 {
		return
	}
	fmt.Fprintln(tw.w, tw.p.bold(fmt.Sprintf("Input problems (%d)", len(ds))))
	for _, d := range ds {
		fmt.Fprintln(tw.w, tw.p.diagnostic(d.Error, "  "+oneLine(d.String())))
	}
	fmt.Fprintln(tw.w)
}

func (tw *textWriter) summary(res *finding.Result) {
	t := count(res)
	open := t.byStatus[finding.Open]
	var parts []string
	if open == 0 {
		parts = append(parts, "No open findings")
	} else {
		sev := make([]string, 0, 5)
		for _, s := range finding.Severities() {
			n := fmt.Sprintf("%d %s", t.bySeverity[s], s)
			if t.bySeverity[s] > 0 {
				n = tw.p.severity(s, n)
			}
			sev = append(sev, n)
		}
		parts = append(parts, fmt.Sprintf("%d open %s: %s", open, plural(open, "finding", "findings"), strings.Join(sev, ", ")))
	}
	closed := fmt.Sprintf("%d suppressed", t.byStatus[finding.Suppressed])
	for _, s := range []finding.Status{finding.Waived, finding.Accepted} {
		if n := t.byStatus[s]; n > 0 {
			closed += fmt.Sprintf(", %d %s", n, s)
		}
	}
	parts = append(parts, closed,
		fmt.Sprintf("%s in %s", counted(res.Resources, "resource", "resources"), counted(res.Files, "file", "files")),
		counted(t.unknown, "check", "checks")+" skipped: value unknown")
	if t.ruleErrors > 0 {
		parts = append(parts, tw.p.diagnostic(true, counted(t.ruleErrors, "check", "checks")+" failed: rule error"))
	}
	if t.errors > 0 {
		parts = append(parts, tw.p.diagnostic(true, counted(t.errors, "input error", "input errors")))
	}
	if t.warnings > 0 {
		parts = append(parts, tw.p.diagnostic(false, counted(t.warnings, "warning", "warnings")))
	}
	fmt.Fprintln(tw.w, strings.Join(parts, "; "))
}

// indented writes text after prefix, with any further lines indented to line up under the
// first.
func (tw *textWriter) indented(prefix, text string, paint func(string) string) {
	if text == "" {
		return
	}
	pad := strings.Repeat(" ", len(prefix))
	for i, line := range strings.Split(strings.TrimRight(sanitize(text, true), "\n"), "\n") {
		p := prefix
		if i > 0 {
			p = pad
		}
		out := strings.TrimRight(p+line, " ")
		if paint != nil {
			out = paint(out)
		}
		fmt.Fprintln(tw.w, out)
	}
}

// displayKey is the resource key, with the module address in front when a source keeps the
// two apart.
func displayKey(f *finding.Finding) string {
	if f.Module == "" || strings.HasPrefix(f.ResourceKey, f.Module+".") {
		return f.ResourceKey
	}
	return f.Module + "." + f.ResourceKey
}

func oneLine(s string) string { return sanitize(s, false) }

func orNone(s string) string {
	if s == "" {
		return "(no reason given)"
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func counted(n int, one, many string) string { return fmt.Sprintf("%d %s", n, plural(n, one, many)) }

// maskSnippet keeps secrets in the scanned file out of the report: credential-looking values
// always, and every value of a Kubernetes Secret.
func maskSnippet(f *finding.Finding, line string) string {
	if f.ResourceType == "Secret" {
		return redact.AllValues(line)
	}
	return redact.Line(line)
}
