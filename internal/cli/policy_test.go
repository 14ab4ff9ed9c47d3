package cli

import (
	"strings"
	"testing"
)

// A custom rule in the same form as the built-in ones, with a parameter whose default the
// config file overrides: the organisation states its policy without editing Rego.
const requiredTagsRule = `# METADATA
# title: Volume lacks required tags
# custom:
#   id: ORG-TAGS-001
#   severity: high
#   types: [aws_ebs_volume]
#   parameters:
#     required_tags: [owner]
package org.tags

import rego.v1

deny contains {"msg": msg, "path": ["tags"]} if {
	some tag in data.plumb.params["ORG-TAGS-001"].required_tags
	not input.attributes.tags[tag]
	msg := sprintf("%s has no %q tag", [input.key, tag])
}
`

func TestCustomPolicyWithParamsFromConfig(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"policies/tags.rego": requiredTagsRule,
		"infra/main.tf": `resource "aws_ebs_volume" "v" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
  tags              = { owner = "data-team" }
}`,
	})
	// The default parameter (owner) is satisfied.
	rep, code := scanJSON(t, "--no-config", "--policy", dir+"/policies", "--rule", "ORG-TAGS-001", dir+"/infra")
	if code != 0 || len(rep.Findings) != 0 {
		t.Errorf("default params: exit %d, findings %+v", code, rep.Findings)
	}
	// The config file asks for a cost-centre tag as well.
	cfg := writeFiles(t, map[string]string{".plumb.yaml": "policy: [" + dir + "/policies]\nrules:\n  ORG-TAGS-001:\n    params:\n      required_tags: [owner, cost-centre]\n"})
	rep, code = scanJSON(t, "--config", cfg+"/.plumb.yaml", "--rule", "ORG-TAGS-001", dir+"/infra")
	if code != 1 || len(rep.Findings) != 1 || rep.Findings[0].RuleID != "ORG-TAGS-001" || rep.Findings[0].Location.StartLine != 5 {
		t.Errorf("config params: exit %d, findings %+v", code, rep.Findings)
	}
}

func TestFingerprintSurvivesLineShifts(t *testing.T) {
	body := `resource "aws_ebs_volume" "v" {
  availability_zone = "eu-west-1a"
  size              = 10
}`
	a := writeFiles(t, map[string]string{"main.tf": body})
	b := writeFiles(t, map[string]string{"main.tf": "# a comment\n\n# and another\n" + body})
	fp := func(dir string) (string, int) {
		out, _, _ := run(t, "scan", "-o", "sarif", "--rule", "PLB-AWS-EC2-003", dir)
		i := strings.Index(out, `"plumb/v1": "`)
		if i < 0 {
			t.Fatalf("no fingerprint in %s", out)
		}
		line := strings.Index(out, `"startLine": `)
		n := 0
		for _, c := range out[line+len(`"startLine": `):] {
			if c < '0' || c > '9' {
				break
			}
			n = n*10 + int(c-'0')
		}
		return out[i+13 : i+13+32], n
	}
	fa, la := fp(a)
	fb, lb := fp(b)
	if la == lb {
		t.Fatalf("the finding did not move (%d, %d): the test proves nothing", la, lb)
	}
	if fa != fb {
		t.Errorf("fingerprint changed with a line shift: %s vs %s", fa, fb)
	}
}

func TestRulesListsTheLibrary(t *testing.T) {
	out, _, code := run(t, "rules", "-o", "json")
	if code != 0 {
		t.Fatalf("plumb rules: exit %d", code)
	}
	n := strings.Count(out, `"id": "PLB-AWS-`)
	if n < 40 {
		t.Errorf("plumb rules lists %d AWS rules, want at least 40", n)
	}
	text, _, _ := run(t, "rules")
	for _, want := range []string{"PLB-AWS-S3-001", "high", "aws_s3_bucket"} {
		if !strings.Contains(text, want) {
			t.Errorf("plumb rules text lacks %q", want)
		}
	}
}

func TestPlumbTestRunsPolicyTests(t *testing.T) {
	pass := writeFiles(t, map[string]string{
		"tags.rego": requiredTagsRule,
		"tags_test.rego": `package org.tags_test

import rego.v1

test_missing_owner_denied if {
	count(data.org.tags.deny) == 1 with input as {"key": "v", "attributes": {"tags": {}}}
		with data.plumb.params as {"ORG-TAGS-001": {"required_tags": ["owner"]}}
}
`,
	})
	if out, stderr, code := run(t, "test", pass); code != 0 {
		t.Errorf("plumb test on passing tests: exit %d\n%s%s", code, out, stderr)
	}
	fail := writeFiles(t, map[string]string{
		"tags.rego":      requiredTagsRule,
		"tags_test.rego": "package org.tags_test\n\nimport rego.v1\n\ntest_wrong if {\n\tcount(data.org.tags.deny) == 5 with input as {\"key\": \"v\", \"attributes\": {}}\n}\n",
	})
	if _, _, code := run(t, "test", fail); code != 1 {
		t.Errorf("plumb test on a failing test: exit %d, want 1", code)
	}
}
