package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/plumbsec/plumb/internal/finding"
)

// writeMarkdown renders a scan for a pull-request comment: a summary line, the breach paths
// hop by hop, a table of open findings (those on a breach path first) and the count of the
// rest. Cells are escaped so that a message cannot break the table.
func writeMarkdown(w io.Writer, res *finding.Result, _ Options) error {
	bw := bufio.NewWriter(w)
	var open []*finding.Finding
	for _, f := range res.Findings {
		if f.Status == finding.Open {
			open = append(open, f)
		}
	}
	t := count(res)
	fmt.Fprintln(bw, "## Plumb scan")
	fmt.Fprintln(bw)
	var sev []string
	for _, s := range finding.Severities() {
		sev = append(sev, fmt.Sprintf("%d %s", t.bySeverity[s], s))
	}
	fmt.Fprintf(bw, "%s: %s. %s in %s.\n", counted(len(open), "open finding", "open findings"), strings.Join(sev, ", "),
		counted(res.Resources, "resource", "resources"), counted(res.Files, "file", "files"))
	paths, onPath := breachPaths(open)
	if len(paths) > 0 {
		fmt.Fprintln(bw)
		fmt.Fprintln(bw, "### Breach paths")
		fmt.Fprintln(bw)
		fmt.Fprintln(bw, "Findings on a way from the internet to a crown jewel come first, one severity higher than their rule's.")
		for i, b := range paths {
			fmt.Fprintln(bw)
			fmt.Fprintf(bw, "%d. to `%s` (%s):\n", i+1, mdCode(b.Path[len(b.Path)-1].Key), mdText(b.Jewel))
			fmt.Fprintln(bw, "   - internet")
			for _, h := range b.Path {
				where := ""
				if !h.Location.IsZero() {
					where = " — `" + mdCode(h.Location.String()) + "`"
				}
				edge := mdText(h.Edge)
				if len(h.Via) > 0 {
					via := make([]string, len(h.Via))
					for i, v := range h.Via {
						via[i] = "`" + mdCode(v) + "`"
					}
					edge += "; via " + strings.Join(via, ", ")
				}
				fmt.Fprintf(bw, "   - → `%s` (%s)%s\n", mdCode(h.Key), edge, where)
			}
		}
	}
	if len(open) > 0 {
		fmt.Fprintln(bw)
		fmt.Fprintln(bw, "### Findings")
		fmt.Fprintln(bw)
		// The breach-path column only when some finding is on a path.
		head, rule := "| severity | rule | resource | location | message |", "|---|---|---|---|---|"
		if len(paths) > 0 {
			head, rule = head+" breach path |", rule+"---|"
		}
		fmt.Fprintln(bw, head)
		fmt.Fprintln(bw, rule)
		for _, f := range open {
			path := ""
			if i, ok := onPath[f]; ok {
				path = fmt.Sprintf(" %d (%s) |", i+1, raisedText(f))
			} else if len(paths) > 0 {
				path = "  |"
			}
			where := "(live)"
			if !f.Location.IsZero() {
				where = "`" + mdCode(f.Location.String()) + "`"
			}
			fmt.Fprintf(bw, "| %s | %s | `%s` | %s | %s |%s\n", f.Severity(), mdText(f.Rule.ID+" "+f.Rule.Title),
				mdCode(displayKey(f)), where, mdText(f.Message), path)
		}
	}
	if closed := len(res.Findings) - len(open); closed > 0 {
		fmt.Fprintln(bw)
		fmt.Fprintf(bw, "%s suppressed, waived or accepted.\n", counted(closed, "finding", "findings"))
	}
	if t.errors+t.warnings+t.ruleErrors > 0 {
		fmt.Fprintln(bw)
		fmt.Fprintf(bw, "%s, %s, %s: see the text or JSON report.\n", counted(t.errors, "input error", "input errors"),
			counted(t.warnings, "warning", "warnings"), counted(t.ruleErrors, "failed check", "failed checks"))
	}
	return bw.Flush()
}

// mdText escapes text for a Markdown table cell or list item.
func mdText(s string) string {
	s = oneLine(s)
	r := strings.NewReplacer(`\`, `\\`, "|", `\|`, "`", "\\`", "*", `\*`, "_", `\_`, "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`)
	return r.Replace(s)
}

// mdCode makes s safe inside a code span: no backticks, no pipes that would end the cell.
func mdCode(s string) string {
	return strings.NewReplacer("`", "'", "|", "¦").Replace(oneLine(s))
}
