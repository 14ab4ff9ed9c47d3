package ruledocs

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestDocsRulesUpToDate fails when docs/rules differs from what the library generates: a
// rule added or changed without `make docs`, or a page edited by hand.
func TestDocsRulesUpToDate(t *testing.T) {
	pages, err := Generate(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "..", "docs", "rules")
	var problems []string
	for name, want := range pages {
		got, err := os.ReadFile(filepath.Join(dir, name))
		switch {
		case err != nil:
			problems = append(problems, name+" is missing")
		case !bytes.Equal(bytes.TrimRight(got, "\n"), want):
			problems = append(problems, name+" is out of date")
		}
	}
	existing, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	for _, p := range existing {
		if _, ok := pages[filepath.Base(p)]; !ok {
			problems = append(problems, filepath.Base(p)+" documents no rule")
		}
	}
	sort.Strings(problems)
	if len(problems) > 0 {
		if len(problems) > 20 {
			problems = append(problems[:20], "…")
		}
		t.Errorf("docs/rules is out of date; run `make docs` and commit the result:\n  %s", strings.Join(problems, "\n  "))
	}
}

// TestRulePageContent checks one page against what its rule and fixtures say.
func TestRulePageContent(t *testing.T) {
	pages, err := Generate(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	page := string(pages["PLB-AWS-S3-002.md"])
	for _, want := range []string{
		"# PLB-AWS-S3-002: ",
		"| Severity | medium |",
		"| Resource types | `aws_s3_bucket` |",
		"## Remediation",
		"| CIS AWS Foundations Benchmark v3.0.0 | 2.1.4 | S3 buckets block public access |",
		"### Fails\n\n`fail.tf`\n\n```hcl\n",
		"### Passes\n\n`pass.tf`\n\n```hcl\n",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "plumb-test:expect") || !strings.Contains(page, `"invoices" { # ← reported here`) {
		t.Errorf("the test markers must read as comments saying where the finding is:\n%s", page)
	}
	index := string(pages[Index])
	if !strings.Contains(index, "| [PLB-AWS-S3-002](PLB-AWS-S3-002.md) | medium |") {
		t.Errorf("the index does not link the page:\n%s", index)
	}
}
