package cli

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// mixed is a repository with Terraform, a Kubernetes manifest and a Dockerfile.
const mixed = "testdata/mixed"

type complianceJSON struct {
	SchemaVersion string `json:"schema_version"`
	Framework     struct {
		Key string `json:"key"`
	} `json:"framework"`
	Summary struct {
		Controls, Pass, Fail, Untested, Covered int
		NotCoveredJSON                          int     `json:"not_covered"`
		Coverage                                float64 `json:"coverage"`
	} `json:"summary"`
	Controls []struct {
		ID       string   `json:"id"`
		Status   string   `json:"status"`
		Rules    []string `json:"rules"`
		Note     string   `json:"note"`
		Findings []struct {
			RuleID    string `json:"rule_id"`
			Status    string `json:"status"`
			Reason    string `json:"reason"`
			Resource  string `json:"resource"`
			File      string `json:"file"`
			StartLine int    `json:"start_line"`
		} `json:"findings"`
	} `json:"controls"`
}

func complianceReport(t *testing.T, args ...string) (complianceJSON, int) {
	t.Helper()
	out, stderr, code := run(t, append([]string{"report", "compliance", "-o", "json"}, args...)...)
	var rep complianceJSON
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("output is not JSON (%v); stderr: %s\n%s", err, stderr, out)
	}
	return rep, code
}

// TestComplianceReportOverAMixedRepository is the acceptance: over Terraform,
// Kubernetes and a Dockerfile, the CIS AWS report fails the controls whose rules found
// something, with the findings (rule, resource, file:line) behind them, passes those whose
// rules checked resources and found nothing, and says which controls no rule covers.
func TestComplianceReportOverAMixedRepository(t *testing.T) {
	out, stderr, code := run(t, "report", "compliance", "--framework", "cis-aws", "--no-config", mixed)
	if code != 1 {
		t.Errorf("exit %d, want 1 (open findings of CIS rules); stderr: %s", code, stderr)
	}
	for _, want := range []string{
		`(?m)^  FAIL +2\.1\.4 +S3 buckets block public access\n +MEDIUM +PLB-AWS-S3-002 +aws_s3_bucket\.uploads +testdata/mixed/main\.tf:1$`,
		`(?m)^  FAIL +5\.2 .*\n +HIGH +PLB-AWS-VPC-001 +aws_security_group\.bastion +testdata/mixed/main\.tf:12$`,
		`(?m)^  PASS +3\.1 +CloudTrail is enabled in all regions$`,
		`(?m)^  PASS +3\.6 `,
		// The trail's key is a reference with no value yet: the check is undecided, not passed.
		`(?m)^  UNTESTED +3\.5 .*\(1 check could not be decided\)$`,
		`(?m)^  UNTESTED +2\.3\.1 .*\(no scanned resource is of a type its rules read\)$`,
		`(?m)^  NOT-COVERED +1\.1 `,
		`(?m)^62 controls: \d+ fail, \d+ pass, \d+ untested, \d+ not covered\. Rules cover \d+ of 62 \(\d+%\)\.`,
	} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("output does not match %s:\n%s", want, out)
		}
	}
	// Kubernetes and Dockerfile findings map to no CIS AWS control and must not appear.
	if strings.Contains(out, "PLB-K8S-") || strings.Contains(out, "PLB-DOCKER-") {
		t.Errorf("findings of rules outside the framework are listed:\n%s", out)
	}

	rep, code := complianceReport(t, "--framework", "cis-aws", "--no-config", mixed)
	if code != 1 || rep.SchemaVersion != "1" || rep.Framework.Key != "cis-aws" {
		t.Fatalf("exit %d, schema %q, framework %q", code, rep.SchemaVersion, rep.Framework.Key)
	}
	// The library grows; the counts must only add up.
	sum := rep.Summary
	if sum.Controls != 62 || sum.Fail < 4 || sum.Fail+sum.Pass+sum.Untested+sum.NotCoveredJSON != 62 ||
		sum.Covered != 62-sum.NotCoveredJSON || sum.Coverage != float64(int(float64(sum.Covered)/62*10000+0.5))/10000 {
		t.Errorf("summary = %+v", sum)
	}
	c := control(t, rep, "5.2")
	if c.Status != "fail" || len(c.Findings) != 1 || c.Findings[0].RuleID != "PLB-AWS-VPC-001" ||
		c.Findings[0].File != "testdata/mixed/main.tf" || c.Findings[0].StartLine != 12 {
		t.Errorf("5.2 = %+v", c)
	}
}

func control(t *testing.T, rep complianceJSON, id string) struct {
	ID       string   `json:"id"`
	Status   string   `json:"status"`
	Rules    []string `json:"rules"`
	Note     string   `json:"note"`
	Findings []struct {
		RuleID    string `json:"rule_id"`
		Status    string `json:"status"`
		Reason    string `json:"reason"`
		Resource  string `json:"resource"`
		File      string `json:"file"`
		StartLine int    `json:"start_line"`
	} `json:"findings"`
} {
	t.Helper()
	for _, c := range rep.Controls {
		if c.ID == id {
			return c
		}
	}
	t.Fatalf("no control %s in the report", id)
	return rep.Controls[0]
}

// TestComplianceExceptionsDoNotFail: a suppressed finding is listed under its control with
// its reason, and the control passes.
func TestComplianceExceptionsDoNotFail(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"main.tf": `resource "aws_security_group" "bastion" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # plumb:ignore PLB-AWS-VPC-001 the bastion is the one way in
  }
}
`,
	})
	rep, _ := complianceReport(t, "--framework", "cis-aws", "--rule", "PLB-AWS-VPC-001", dir)
	c := control(t, rep, "5.2")
	if c.Status != "pass" || len(c.Findings) != 1 || c.Findings[0].Status != "suppressed" ||
		c.Findings[0].Reason != "the bastion is the one way in" {
		t.Errorf("5.2 = %+v", c)
	}
	// Only the rules that ran count: --rule leaves 5.1's rule out, so 5.1 is not covered.
	if c := control(t, rep, "5.1"); c.Status != "not-covered" {
		t.Errorf("5.1 = %s, want not-covered", c.Status)
	}
}

func TestComplianceUsageErrors(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		stderr string
	}{
		{[]string{mixed}, "--framework is required"},
		{[]string{"--framework", "fedramp", mixed}, "unknown framework"},
		{[]string{"--framework", "pci", "-o", "sarif", mixed}, "unknown output format"},
		{[]string{"--framework", "pci", "testdata/nope"}, "nope"},
	} {
		_, stderr, code := run(t, append([]string{"report", "compliance"}, tt.args...)...)
		if code != 2 || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tt.args, code, stderr, tt.stderr)
		}
	}
}

// TestRulesFrameworkCoverage: plumb rules --framework lists every control with the rules
// mapped to it and the covered/total ratio; aliases name the same framework.
func TestRulesFrameworkCoverage(t *testing.T) {
	out, stderr, code := run(t, "rules", "--framework", "pci")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		`(?m)^Coverage of PCI DSS v4\.0$`,
		`(?m)^1\.3\.1 +\S*PLB-AWS-VPC-001\S* +Inbound traffic to the cardholder data environment is restricted$`,
		// A control no rule covers shows a dash.
		`(?m)^[0-9.]+ +- +[A-Z]`,
		`(?m)^\d+ of 114 controls covered \(\d+%\) by \d+ rules\.$`,
	} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("output does not match %s:\n%s", want, out)
		}
	}
}
