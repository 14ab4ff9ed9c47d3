package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const publicBucket = `resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}
`

const openSSH = `
resource "aws_security_group" "bastion" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`

// TestBaselineGatesOnlyNewFindings is the acceptance: the first run with
// --baseline-file adopts today's findings and exits 0, the second run exits 0 as well, even
// after lines shift, until a new problem is added; --update-baseline adopts that one too.
func TestBaselineGatesOnlyNewFindings(t *testing.T) {
	dir := writeFiles(t, map[string]string{"main.tf": publicBucket})
	baseline := filepath.Join(t.TempDir(), "plumb-baseline.json")

	_, stderr, code := run(t, "scan", "--no-config", "--baseline-file", baseline, dir)
	if code != 0 || !strings.Contains(stderr, "to the findings baseline "+baseline) {
		t.Fatalf("first run: exit %d, stderr %q; want 0 and a note that the baseline was written", code, stderr)
	}
	raw, err := os.ReadFile(baseline)
	if err != nil {
		t.Fatal(err)
	}
	var b struct {
		Version  int `json:"version"`
		Findings []map[string]any
	}
	if err := json.Unmarshal(raw, &b); err != nil || b.Version != 1 || len(b.Findings) == 0 {
		t.Fatalf("baseline file: %v\n%s", err, raw)
	}
	for _, e := range b.Findings {
		if e["fingerprint"] == "" || e["rule"] == "" || e["resource"] != "aws_s3_bucket.logs" || e["file"] != "main.tf" {
			t.Errorf("baseline entry %v", e)
		}
		if _, ok := e["line"]; ok {
			t.Errorf("baseline entries must not hold line numbers: %v", e)
		}
	}

	// Lines shift: the fingerprints leave lines out, so nothing is new.
	write(t, filepath.Join(dir, "main.tf"), "# storage\n\n"+publicBucket)
	rep, code := scanJSON(t, "--no-config", "--baseline-file", baseline, dir)
	if code != 0 || len(rep.Findings) != len(b.Findings) {
		t.Fatalf("second run: exit %d with %d findings, want 0 and %d", code, len(rep.Findings), len(b.Findings))
	}
	for _, f := range rep.Findings {
		if f.Status != "accepted" {
			t.Errorf("%s is %s, want accepted", f.RuleID, f.Status)
		}
	}

	// A new problem fails the gate, and only it is open.
	write(t, filepath.Join(dir, "main.tf"), publicBucket+openSSH)
	rep, code = scanJSON(t, "--no-config", "--baseline-file", baseline, dir)
	if code != 1 {
		t.Errorf("with a new problem: exit %d, want 1", code)
	}
	for _, f := range rep.Findings {
		if isNew := f.Resource == "aws_security_group.bastion"; isNew != (f.Status == "open") {
			t.Errorf("%s on %s is %s", f.RuleID, f.Resource, f.Status)
		}
	}

	// --update-baseline adopts it; the next run passes again.
	if _, stderr, code := run(t, "scan", "--no-config", "--baseline-file", baseline, "--update-baseline", dir); code != 0 {
		t.Fatalf("--update-baseline: exit %d: %s", code, stderr)
	}
	if _, _, code := run(t, "scan", "--no-config", "--baseline-file", baseline, dir); code != 0 {
		t.Errorf("after --update-baseline: exit %d, want 0", code)
	}
}

func TestBaselineFromConfigAndErrors(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"main.tf":     publicBucket,
		".plumb.yaml": "baseline_file: .plumb-baseline.json\n",
	})
	if _, stderr, code := run(t, "scan", dir); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, ".plumb-baseline.json")); err != nil {
		t.Errorf("baseline_file is relative to the config file: %v", err)
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	write(t, bad, `{"version": 1, "findings": [{"rule": "X"}]}`)
	if _, stderr, code := run(t, "scan", "--no-config", "--baseline-file", bad, dir); code != 2 || !strings.Contains(stderr, "fingerprint is required") {
		t.Errorf("a broken baseline: exit %d, stderr %q", code, stderr)
	}
	if _, stderr, code := run(t, "scan", "--no-config", "--update-baseline", dir); code != 2 || !strings.Contains(stderr, "needs --baseline-file") {
		t.Errorf("--update-baseline alone: exit %d, stderr %q", code, stderr)
	}
}

// TestWaivers: a waiver in force waives its finding (owner and expiry in every output); once
// its date has passed the finding fails the gate again and the text output says the waiver
// expired.
func TestWaivers(t *testing.T) {
	waiver := func(expires string) string {
		return `waivers:
  - rule: PLB-AWS-VPC-001
    resource: aws_security_group.*
    owner: platform-team
    reason: migrating the bastion to SSM (OPS-42)
    expires: ` + expires + "\n"
	}
	dir := writeFiles(t, map[string]string{"main.tf": openSSH, ".plumb.yaml": waiver("2099-12-31")})
	args := []string{"--rule", "PLB-AWS-VPC-001", dir}
	rep, code := scanJSON(t, args...)
	if code != 0 || len(rep.Findings) != 1 || rep.Findings[0].Status != "waived" {
		t.Fatalf("waiver in force: exit %d, findings %+v", code, rep.Findings)
	}
	out, _, _ := run(t, append([]string{"scan", "-o", "json"}, args...)...)
	if !strings.Contains(out, `"owner": "platform-team"`) || !strings.Contains(out, `"expires": "2099-12-31"`) {
		t.Errorf("the JSON output must name the waiver's owner and expiry:\n%s", out)
	}
	out, _, _ = run(t, append([]string{"scan", "--show-suppressed"}, args...)...)
	if !strings.Contains(out, "waived (owner platform-team, until 2099-12-31): migrating the bastion to SSM (OPS-42)") {
		t.Errorf("text output:\n%s", out)
	}
	sarif, _, _ := run(t, append([]string{"scan", "-o", "sarif"}, args...)...)
	if !strings.Contains(sarif, `"kind": "external"`) || !strings.Contains(sarif, `"justification": "migrating the bastion to SSM (OPS-42)"`) {
		t.Errorf("SARIF must carry an external suppression with the reason:\n%s", sarif)
	}

	write(t, filepath.Join(dir, ".plumb.yaml"), waiver("2020-01-31"))
	out, _, code = run(t, append([]string{"scan"}, args...)...)
	if code != 1 {
		t.Errorf("expired waiver: exit %d, want 1", code)
	}
	if !strings.Contains(out, "waiver expired 2020-01-31 (owner platform-team): migrating the bastion to SSM (OPS-42)") {
		t.Errorf("the text output must say the waiver expired:\n%s", out)
	}

	write(t, filepath.Join(dir, ".plumb.yaml"), "waivers:\n  - rule: PLB-AWS-VPC-001\n    reason: r\n    expires: next year\n")
	_, stderr, code := run(t, append([]string{"scan"}, args...)...)
	if code != 2 || !strings.Contains(stderr, "waivers[0]: owner is required") || !strings.Contains(stderr, `expires "next year" is not a date`) {
		t.Errorf("invalid waiver: exit %d, stderr %q", code, stderr)
	}
}

// TestRuleOverridesInConfig: rules can be disabled or given another severity in .plumb.yaml,
// by the shorthands or per rule id.
func TestRuleOverridesInConfig(t *testing.T) {
	dir := writeFiles(t, map[string]string{"main.tf": publicBucket + openSSH})
	rules := func(rep jsonReport) map[string]bool {
		out := map[string]bool{}
		for _, f := range rep.Findings {
			out[f.RuleID] = true
		}
		return out
	}
	all, _ := scanJSON(t, "--no-config", dir)
	if !rules(all)["PLB-AWS-S3-002"] || !rules(all)["PLB-AWS-VPC-001"] {
		t.Fatalf("the fixture must break both rules: %v", rules(all))
	}
	for name, cfg := range map[string]string{
		"shorthands": "rules:\n  disable: [PLB-AWS-S3-002]\n  severity: {PLB-AWS-VPC-001: low}\n",
		"per rule":   "rules:\n  PLB-AWS-S3-002: {disabled: true}\n  PLB-AWS-VPC-001: {severity: low}\n",
	} {
		t.Run(name, func(t *testing.T) {
			write(t, filepath.Join(dir, ".plumb.yaml"), cfg)
			rep, _ := scanJSON(t, dir)
			if rules(rep)["PLB-AWS-S3-002"] {
				t.Errorf("a disabled rule fired")
			}
			out, _, code := run(t, "scan", "--fail-on", "medium", "--rule", "PLB-AWS-VPC-001", dir)
			if code != 0 || !strings.Contains(out, "LOW       PLB-AWS-VPC-001") {
				t.Errorf("severity override: exit %d (want 0 with --fail-on medium)\n%s", code, out)
			}
		})
	}
	write(t, filepath.Join(dir, ".plumb.yaml"), "rules:\n  PLB-AWS-S3-002: {disbled: true}\n")
	if _, stderr, code := run(t, "scan", dir); code != 2 || !strings.Contains(stderr, "line 2: field disbled not found") {
		t.Errorf("a misspelt key: exit %d, stderr %q", code, stderr)
	}
	write(t, filepath.Join(dir, ".plumb.yaml"), "rules:\n  disable: [PLB-NOPE-001]\n")
	if _, stderr, code := run(t, "scan", dir); code != 2 || !strings.Contains(stderr, "PLB-NOPE-001") {
		t.Errorf("an unknown rule id: exit %d, stderr %q", code, stderr)
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestReportReadsTheBaseline: the compliance report counts baselined findings as accepted
// exceptions, and never writes a baseline itself.
func TestReportReadsTheBaseline(t *testing.T) {
	dir := writeFiles(t, map[string]string{"main.tf": openSSH})
	baseline := filepath.Join(t.TempDir(), "b.json")
	args := []string{"--no-config", "--rule", "PLB-AWS-VPC-001", "--baseline-file", baseline, dir}
	rep, code := complianceReport(t, append([]string{"--framework", "cis-aws"}, args...)...)
	if code != 1 || control(t, rep, "5.2").Status != "fail" {
		t.Errorf("without a baseline: exit %d, 5.2 %s", code, control(t, rep, "5.2").Status)
	}
	if _, err := os.Stat(baseline); err == nil {
		t.Fatalf("plumb report wrote the baseline")
	}
	if _, stderr, code := run(t, append([]string{"scan"}, args...)...); code != 0 {
		t.Fatalf("scan writing the baseline: exit %d: %s", code, stderr)
	}
	rep, code = complianceReport(t, append([]string{"--framework", "cis-aws"}, args...)...)
	c := control(t, rep, "5.2")
	if code != 0 || c.Status != "pass" || len(c.Findings) != 1 || c.Findings[0].Status != "accepted" {
		t.Errorf("with the baseline: exit %d, 5.2 = %+v", code, c)
	}
}
