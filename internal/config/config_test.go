package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
)

func TestParseAndFind(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "stacks", "prod")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := `fail_on: medium
policy: [org-policies]
var_file: [envs/prod.tfvars]
rules:
  PLB-AWS-S3-003:
    severity: low
  PLB-AWS-S3-004:
    disabled: true
  ORG-TAGS-001:
    params:
      required_tags: [owner, cost-centre]
suppress:
  - rule: PLB-AWS-S3-001
    resource: aws_s3_bucket.website
    reason: public website, approved in SEC-123
`
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	path, err := Find(sub)
	if err != nil || path != filepath.Join(dir, FileName) {
		t.Fatalf("Find = %q, %v", path, err)
	}
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.Policy[0] != filepath.Join(dir, "org-policies") || c.VarFile[0] != filepath.Join(dir, "envs/prod.tfvars") {
		t.Errorf("paths not made relative to the config: %v %v", c.Policy, c.VarFile)
	}
	if c.Severities()["PLB-AWS-S3-003"] != finding.Low {
		t.Errorf("severity override lost")
	}
	if d := c.Disabled(); len(d) != 1 || d[0] != "PLB-AWS-S3-004" {
		t.Errorf("disabled = %v", d)
	}
	if p := c.Params()["ORG-TAGS-001"]["required_tags"]; p == nil {
		t.Errorf("params lost: %v", c.Params())
	}
	if s := c.Suppressions(); len(s) != 1 || s[0].Reason == "" {
		t.Errorf("suppressions = %v", s)
	}
}

func TestUnknownKeyNamesTheLine(t *testing.T) {
	_, err := Parse(strings.NewReader("fail_on: high\nfial_on: low\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") || !strings.Contains(err.Error(), "fial_on") {
		t.Errorf("want an error naming line 2 and the key, got %v", err)
	}
	_, err = Parse(strings.NewReader("fail_on: severe\n"))
	if err == nil {
		t.Errorf("an unknown severity must be an error")
	}
}
