package cli

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/plumbsec/plumb/internal/compliance"
)

// writeCoverage prints, after the rules table of plumb rules --framework, every control of
// the framework with the rules that map to it, and the covered/total ratio.
func writeCoverage(w io.Writer, cov *compliance.Coverage) error {
	fmt.Fprintf(w, "\nCoverage of %s\n\n", cov.Framework.Title())
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CONTROL\tRULES\tTITLE")
	for _, c := range cov.Controls {
		ids := make([]string, len(c.Rules))
		for i, r := range c.Rules {
			ids[i] = r.ID
		}
		rules := strings.Join(ids, ",")
		if rules == "" {
			rules = "-"
		}
		title := c.Control.Title
		fmt.Fprintf(tw, "%s\t%s\t%s\n", c.Control.ID, rules, title)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	total, covered := cov.Total(), cov.Covered()
	pct := 0
	if total > 0 {
		pct = (covered*100 + total/2) / total
	}
	_, err := fmt.Fprintf(w, "\n%d of %d controls covered (%d%%) by %d rules.\n", covered, total, pct, cov.Rules())
	return err
}
