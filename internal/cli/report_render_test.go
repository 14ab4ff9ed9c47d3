package cli

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
)

// TestComplianceMarkdownRenders parses the Markdown report as GitHub-flavoured Markdown: one
// table per catalog section holding every control, and the failing controls' findings under
// headings of their own.
func TestComplianceMarkdownRenders(t *testing.T) {
	out, stderr, code := run(t, "report", "compliance", "--framework", "cis-aws", "--no-config", "-o", "markdown", mixed)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	src := []byte(out)
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	doc := md.Parser().Parse(text.NewReader(src))
	var tables, rows int
	var headings []string
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *east.Table:
			tables++
		case *east.TableRow:
			rows++
		case *ast.Heading:
			headings = append(headings, plainText(n, src))
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// One summary table and eight section tables; the section tables' body rows are the 62
	// controls, the summary's the four statuses.
	if tables != 9 || rows != 62+4 {
		t.Errorf("%d tables with %d body rows, want 9 and 66:\n%s", tables, rows, out)
	}
	for _, want := range []string{"CIS AWS Foundations Benchmark v3.0.0", "5 Networking", "Findings by control",
		"❌ fail 2.1.4: S3 buckets block public access"} {
		if !contains(headings, want) {
			t.Errorf("no heading %q in %q", want, headings)
		}
	}
	var rendered bytes.Buffer
	if err := md.Renderer().Render(&rendered, src, doc); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(rendered.String(), "<code>aws_s3_bucket.uploads</code>") {
		t.Errorf("the finding's resource is not a code span:\n%s", rendered.String())
	}
}

func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			b.Write(t.Segment.Value(src))
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestComplianceHTMLIsWellFormed checks the HTML report three ways: as XML (every element
// closed, every entity valid), as HTML5 (the control rows and their statuses), and, when
// Chromium is installed (CI installs it), as the DOM a real browser builds from it.
func TestComplianceHTMLIsWellFormed(t *testing.T) {
	file := filepath.Join(t.TempDir(), "report.html")
	_, stderr, code := run(t, "report", "compliance", "--framework", "cis-aws", "--no-config", "-o", "html", "--output-file", file, mixed)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	page, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(page))
	dec.Strict = true
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("the HTML report is not well-formed: %v", err)
		}
	}
	checkControlRows(t, "html report", page)

	browser, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("chromium is not installed; .ci/run installs it")
		}
		t.Skip("chromium is not installed")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--user-data-dir="+t.TempDir(), "--dump-dom", "file://"+file)
	var dom, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &dom, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, errOut.String())
	}
	checkControlRows(t, "chromium's DOM", dom.Bytes())
}

// checkControlRows finds the control rows of the CIS AWS report in page: 62 of them, 2.1.4
// failing with its finding listed, 3.1 passing.
func checkControlRows(t *testing.T, what string, page []byte) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	rows := map[string]*html.Node{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "tr" {
			for _, a := range n.Attr {
				if a.Key == "id" && strings.HasPrefix(a.Val, "control-") {
					rows[strings.TrimPrefix(a.Val, "control-")] = n
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if len(rows) != 62 {
		t.Errorf("%s: %d control rows, want 62", what, len(rows))
	}
	for id, want := range map[string][]string{
		"2.1.4": {"fail", "PLB-AWS-S3-002", "aws_s3_bucket.uploads", "testdata/mixed/main.tf:1"},
		"3.1":   {"pass", "CloudTrail is enabled in all regions"},
	} {
		row := rows[id]
		if row == nil {
			t.Errorf("%s: no row for %s", what, id)
			continue
		}
		got := nodeText(row)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: row %s lacks %q: %q", what, id, w, got)
			}
		}
	}
}

func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(nodeText(c))
	}
	return b.String()
}
