package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

const orgRule = `# METADATA
# title: Bucket lacks an owner tag
# custom:
#   id: ORG-S3-001
#   severity: low
#   types: [aws_s3_bucket]
#   controls:
#     soc2: ["CC6.1"]
package org.s3_owner

deny contains {"msg": "no owner tag", "path": ["tags"]} if not input.attributes.tags.owner
`

const orgRuleTest = `package org.s3_owner_test

import data.org.s3_owner

test_untagged_denied if count(s3_owner.deny) == 1 with input as {"attributes": {}}

test_tagged_allowed if count(s3_owner.deny) == 0 with input as {"attributes": {"tags": {"owner": "me"}}}
`

func TestRulesCommand(t *testing.T) {
	dir := writeFiles(t, map[string]string{"org/rule.rego": orgRule})
	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   []string
		stderr   string
		noStdout string
	}{
		{name: "text lists built-in and custom rules", args: []string{"--policy", dir}, code: 0,
			stdout: []string{"ID  ", "SEVERITY", "ORG-S3-001", "low", "aws_s3_bucket", "Bucket lacks an owner tag", "soc2 CC6.1"}},
		{name: "framework filter", args: []string{"--policy", dir, "--framework", "soc2"}, code: 0,
			stdout: []string{"ORG-S3-001"}},
		{name: "framework filter leaves out unmapped rules", args: []string{"--policy", dir, "--framework", "pss"}, code: 0,
			noStdout: "ORG-S3-001"},
		{name: "bad policy dir", args: []string{"--policy", dir + "/missing"}, code: 2, stderr: "missing"},
		{name: "invalid rule", args: []string{"--policy", writeFiles(t, map[string]string{"r.rego": "package p\n\ndeny contains 1 if true\n"})}, code: 2,
			stderr: "r.rego:3: package data.p has a deny rule but no custom.id"},
		{name: "unknown framework", args: []string{"--framework", "nope"}, code: 2, stderr: "unknown framework"},
		{name: "unknown format", args: []string{"-o", "xml"}, code: 2, stderr: "unknown format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := run(t, append([]string{"rules"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, errOut)
			}
			for _, w := range tt.stdout {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			if tt.noStdout != "" && strings.Contains(out, tt.noStdout) {
				t.Errorf("stdout has %q:\n%s", tt.noStdout, out)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr lacks %q: %s", tt.stderr, errOut)
			}
		})
	}
}

func TestRulesJSON(t *testing.T) {
	dir := writeFiles(t, map[string]string{"rule.rego": orgRule})
	out, errOut, code := run(t, "rules", "--policy", dir, "--framework", "soc2", "-o", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rules []struct {
		ID       string              `json:"id"`
		Severity string              `json:"severity"`
		Types    []string            `json:"resource_types"`
		Controls map[string][]string `json:"controls"`
		Custom   bool                `json:"custom"`
	}
	if err := json.Unmarshal([]byte(out), &rules); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	var found bool
	for _, r := range rules {
		if len(r.Controls["soc2"]) == 0 {
			t.Errorf("%s has no soc2 control but was listed", r.ID)
		}
		if r.ID == "ORG-S3-001" {
			found = r.Custom && r.Severity == "low" && r.Types[0] == "aws_s3_bucket" && r.Controls["soc2"][0] == "CC6.1"
		}
	}
	if !found {
		t.Errorf("ORG-S3-001 missing or wrong in %s", out)
	}
}

func TestTestCommand(t *testing.T) {
	passing := writeFiles(t, map[string]string{"rule.rego": orgRule, "rule_test.rego": orgRuleTest})
	failing := writeFiles(t, map[string]string{"rule.rego": orgRule,
		"rule_test.rego": strings.Replace(orgRuleTest, `"owner": "me"`, `"team": "me"`, 1)})
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"all pass", []string{passing}, 0, "PASS: 2/2", ""},
		{"verbose", []string{"-v", passing}, 0, "test_tagged_allowed: PASS", ""},
		{"a failure", []string{failing}, 1, "FAIL: 1/2", ""},
		{"no test", []string{writeFiles(t, map[string]string{"rule.rego": orgRule})}, 2, "", "no test_ rules"},
		{"missing dir", []string{passing + "/nope"}, 2, "", "nope"},
		{"no argument", nil, 2, "", "requires at least 1 arg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := run(t, append([]string{"test"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stdout: %s; stderr: %s", code, tt.code, out, errOut)
			}
			if !strings.Contains(out, tt.stdout) || !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stdout %q lacks %q or stderr %q lacks %q", out, tt.stdout, errOut, tt.stderr)
			}
		})
	}
}
