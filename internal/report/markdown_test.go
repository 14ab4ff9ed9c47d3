package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

// TestMarkdownCellsCannotBreakTheTable: a message or key from a scanned file that holds
// table or code syntax stays inside its cell.
func TestMarkdownCellsCannotBreakTheTable(t *testing.T) {
	r := &finding.Rule{ID: "X-1", Title: "a | b", Severity: finding.High}
	res := &finding.Result{Findings: []*finding.Finding{{
		Rule: r, ResourceKey: "aws_s3_bucket.a`|b", Message: "value `x | y` <script> **bold**",
		Location: resource.Location{File: "main.tf", StartLine: 3},
	}}}
	var buf bytes.Buffer
	if err := Write(&buf, Markdown, res, Options{}); err != nil {
		t.Fatal(err)
	}
	var row string
	for _, l := range strings.Split(buf.String(), "\n") {
		if strings.HasPrefix(l, "| high") {
			row = l
		}
	}
	// A row of five cells (no breach-path column: nothing is on a path) has six unescaped pipes.
	if n := strings.Count(row, "|") - strings.Count(row, `\|`); n != 6 {
		t.Errorf("row has %d cell separators, want 6: %s", n, row)
	}
	if strings.Contains(row, "<script>") || strings.Contains(row, "**bold**") {
		t.Errorf("markup passed through: %s", row)
	}
}
