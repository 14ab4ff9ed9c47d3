package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// breachReport is what the breach-path test reads of the JSON output.
type breachReport struct {
	Findings []struct {
		RuleID   string `json:"rule_id"`
		Severity string `json:"severity"`
		Resource string `json:"resource"`
		Breach   struct {
			RuleSeverity string `json:"rule_severity"`
			CrownJewel   string `json:"crown_jewel"`
			Path         []struct {
				Resource string   `json:"resource"`
				Edge     string   `json:"edge"`
				Via      []string `json:"via"`
				Location struct {
					File      string `json:"file"`
					StartLine int    `json:"start_line"`
				} `json:"location"`
			} `json:"path"`
		} `json:"breach"`
	} `json:"findings"`
}

const breachExample = "../../examples/terraform/breach-path"

// declLine is the line of dir/main.tf that declares a resource ("aws_lb.web").
func declLine(t *testing.T, dir, key string) int {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(dir, "main.tf"))
	if err != nil {
		t.Fatal(err)
	}
	typ, name, _ := strings.Cut(key, ".")
	decl := fmt.Sprintf("resource %q %q {", typ, name)
	for i, line := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(line, decl) {
			return i + 1
		}
	}
	t.Fatalf("%s declares no %s", dir, key)
	return 0
}

// TestBreachPathLeadsTheReport is the breach-path promise: in a Terraform repository where an
// internet-facing load balancer forwards to an instance whose instance profile can read an
// unencrypted bucket, the report opens with that path, hop by hop, and the findings on it
// come first with their severity raised; the same misconfigurations behind an internal load
// balancer that admits only the VPC rank lower and print no path.
func TestBreachPathLeadsTheReport(t *testing.T) {
	exposed, internal := filepath.Join(breachExample, "exposed"), filepath.Join(breachExample, "internal")
	hops := []struct{ key, edge, via string }{
		{"aws_lb.web", "internet-facing, 0.0.0.0/0 ingress on port 443", "aws_security_group.lb"},
		{"aws_instance.app", "target", "aws_lb_listener.https, aws_lb_target_group.app, aws_lb_target_group_attachment.app"},
		{"aws_iam_role.app", "instance profile", "aws_iam_instance_profile.app"},
		{"aws_s3_bucket.data", "s3:GetObject", "aws_iam_role_policy.read_data"},
	}

	// Text: the path first, one hop a line, each with where the resource is declared.
	out, _, code := run(t, "scan", exposed)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	lines := strings.Split(out, "\n")
	if !strings.HasPrefix(lines[0], "Breach paths (1)") {
		t.Fatalf("the report does not lead with the breach path:\n%s", out)
	}
	want := []string{"    internet"}
	for _, h := range hops {
		want = append(want, fmt.Sprintf("    → %s (%s; via %s)  main.tf:%d", h.key, h.edge, h.via, declLine(t, exposed, h.key)))
	}
	got := lines[3 : 3+len(want)]
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("hop line %d:\n got %q\nwant %q…", i, got[i], want[i])
		}
	}

	// JSON: every finding on the path before every other, severity raised, the rule's own kept.
	rep := breachJSON(t, exposed)
	onPath, raised := len(rep.Findings), map[string]string{}
	for i, f := range rep.Findings {
		if len(f.Breach.Path) == 0 {
			onPath = i
			break
		}
		raised[f.RuleID] = f.Breach.RuleSeverity + "→" + f.Severity
		if len(f.Breach.Path) != len(hops) || f.Breach.CrownJewel != "data store" {
			t.Fatalf("%s on %s: path %+v", f.RuleID, f.Resource, f.Breach)
		}
		for j, h := range hops {
			p := f.Breach.Path[j]
			if p.Resource != h.key || p.Edge != h.edge || strings.Join(p.Via, ", ") != h.via || p.Location.StartLine != declLine(t, exposed, h.key) {
				t.Errorf("%s hop %d: %+v, want %+v", f.RuleID, j, p, h)
			}
		}
	}
	if onPath == 0 {
		t.Fatal("no finding is on the breach path")
	}
	for _, f := range rep.Findings[onPath:] {
		if len(f.Breach.Path) != 0 {
			t.Errorf("%s on %s is on the path but sorted after findings that are not", f.RuleID, f.Resource)
		}
	}
	for rule, change := range map[string]string{"PLB-AWS-S3-004": "low→medium", "PLB-AWS-S3-007": "medium→high", "PLB-GRAPH-001": "high→critical"} {
		if raised[rule] != change {
			t.Errorf("%s on the path: severity %q, want %s", rule, raised[rule], change)
		}
	}

	// SARIF: the path is a code flow whose steps are the hops.
	sarif, _, _ := run(t, "scan", "-o", "sarif", exposed)
	var doc struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Level     string `json:"level"`
				CodeFlows []struct {
					ThreadFlows []struct {
						Locations []struct {
							Location struct {
								Message struct{ Text string } `json:"message"`
							} `json:"location"`
						} `json:"locations"`
					} `json:"threadFlows"`
				} `json:"codeFlows"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(sarif), &doc); err != nil {
		t.Fatal(err)
	}
	flows := 0
	for _, r := range doc.Runs[0].Results {
		if r.RuleID == "PLB-AWS-S3-004" {
			flows++
			steps := r.CodeFlows[0].ThreadFlows[0].Locations
			if len(steps) != len(hops) || !strings.HasPrefix(steps[3].Location.Message.Text, "aws_s3_bucket.data (s3:GetObject") || r.Level != "warning" {
				t.Errorf("SARIF result %+v", r)
			}
		}
	}
	if flows != 1 {
		t.Errorf("%d SARIF results for PLB-AWS-S3-004, want 1", flows)
	}

	// Markdown, for a pull request: the same hops as a list.
	md, _, _ := run(t, "scan", "-o", "markdown", exposed)
	for _, h := range hops {
		via := "`" + strings.ReplaceAll(h.via, ", ", "`, `") + "`"
		want := fmt.Sprintf("   - → `%s` (%s; via %s) — `main.tf:%d", h.key, strings.ReplaceAll(h.edge, "_", `\_`), via, declLine(t, exposed, h.key))
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}

	// Without the exposure: no path anywhere, and the same bucket findings at the rule's own
	// severity.
	out, _, _ = run(t, "scan", internal)
	md, _, _ = run(t, "scan", "-o", "markdown", internal)
	for _, o := range []string{out, md} {
		if strings.Contains(o, "Breach path") || strings.Contains(o, "breach path") || strings.Contains(o, "→") {
			t.Errorf("the internal variant prints a path:\n%s", o)
		}
	}
	for _, f := range breachJSON(t, internal).Findings {
		if len(f.Breach.Path) != 0 || f.Severity != f.Breach.RuleSeverity {
			t.Errorf("%s on %s is ranked as a breach: %+v", f.RuleID, f.Resource, f.Breach)
		}
		if f.RuleID == "PLB-AWS-S3-004" && f.Severity != "low" {
			t.Errorf("PLB-AWS-S3-004 without exposure: %s, want low", f.Severity)
		}
		if f.RuleID == "PLB-GRAPH-001" {
			t.Error("PLB-GRAPH-001 fires without exposure")
		}
	}
}

func breachJSON(t *testing.T, dir string) breachReport {
	t.Helper()
	out, stderr, _ := run(t, "scan", "-o", "json", dir)
	var rep breachReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v: %s", err, stderr)
	}
	return rep
}
