package compliance

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func writeText(w io.Writer, r *Report) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "%s\n", r.Framework.Title())
	if r.Root != "" {
		fmt.Fprintf(b, "Scanned: %s (%d resources)\n", r.Root, r.Resources)
	}
	for _, s := range sections(r) {
		fmt.Fprintf(b, "\n%s\n", s.Name)
		for _, c := range s.Controls {
			title := oneLine(c.Control.Title)
			if n := c.Note(); n != "" {
				title += " (" + n + ")"
			}
			fmt.Fprintf(b, "  %-11s  %-9s  %s\n", strings.ToUpper(c.Status.String()), c.Control.ID, title)
			for _, f := range c.Open() {
				fmt.Fprintf(b, "      %-8s  %s  %s", strings.ToUpper(f.Severity().String()), f.Rule.ID, oneLine(f.ResourceKey))
				if at := where(f); at != "" {
					fmt.Fprintf(b, "  %s", at)
				}
				fmt.Fprintln(b)
			}
			for _, f := range c.Exceptions() {
				fmt.Fprintf(b, "      %-8s  %s  %s  (%s)\n", "-", f.Rule.ID, oneLine(f.ResourceKey), oneLine(exception(f)))
			}
		}
	}
	fmt.Fprintf(b, "\n%s\n", summaryLine(r))
	return b.Flush()
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
