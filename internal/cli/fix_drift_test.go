package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const driftManifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 2 # scaled by hand in prod
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
`

// driftReportJSON is a report as plumb drift -o json --against writes it: the Deployment
// scaled live (benign), and one privileged live (risky).
const driftReportJSON = `{
  "version": 1, "run": 4, "scope": "kubernetes:prod/shop", "at": "2026-11-23T18:43:50Z",
  "against": "deploy", "partial": [],
  "entries": [
    {"key": "apps/v1/Deployment shop/api", "type": "Deployment", "kind": "changed", "verdict": "risky",
     "rules": ["PLB-K8S-POD-004"], "declared": {"root": ".", "key": "apps/v1/Deployment shop/api"},
     "changes": [{"path": "spec.template.spec.containers.0.securityContext.privileged", "before": null, "after": true}]},
    {"key": "apps/v1/Deployment shop/web", "type": "Deployment", "kind": "changed", "verdict": "benign",
     "rules": [], "declared": {"root": ".", "key": "apps/v1/Deployment shop/web"},
     "changes": [{"path": "spec.replicas", "before": 2, "after": 5}]}
  ],
  "summary": {"added": 0, "removed": 0, "changed": 2, "risky": 1, "benign": 1}
}`

// TestFixFromDriftBranchAndSources: --from-drift reads a report from a file or standard
// input; --branch commits exactly the printed diff with a message naming the values
// written back; the risky entry is named on stderr, never written. A report against a
// baseline, and latest without --scope, are refused; a report whose resource is declared
// under another directory writes nothing and says so.
func TestFixFromDriftBranchAndSources(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "app.yaml"), []byte(driftManifest), 0o644); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(t.TempDir(), "drift.json")
	if err := os.WriteFile(report, []byte(driftReportJSON), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.com"}, args...)...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v: %s", args, err, out)
		}
		return string(out)
	}
	run("init", "-q", "-b", "main")
	run("add", ".")
	run("commit", "-q", "-m", "init")
	for _, k := range []string{"AUTHOR", "COMMITTER"} {
		t.Setenv("GIT_"+k+"_NAME", "t")
		t.Setenv("GIT_"+k+"_EMAIL", "t@example.com")
	}
	fix := func(stdin string, args ...string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		code := Execute(append([]string{"fix", dir, "--no-config"}, args...), strings.NewReader(stdin), &stdout, &stderr)
		return code, stdout.String(), stderr.String()
	}

	code, piped, stderr := fix(driftReportJSON, "--from-drift", "-")
	want := "-  replicas: 2 # scaled by hand in prod\n+  replicas: 5 # scaled by hand in prod\n"
	if code != 0 || !strings.Contains(piped, want) || strings.Count(piped, "\n+") != 2 {
		t.Fatalf("--from-drift -: exit %d, want the replicas line alone:\n%s%s", code, piped, stderr)
	}
	if !strings.Contains(stderr, "apps/v1/Deployment shop/api") || !strings.Contains(stderr, "revert it instead") {
		t.Errorf("stderr does not name the risky entry:\n%s", stderr)
	}

	code, printed, stderr := fix("", "--from-drift", report, "--branch", "adopt-scale")
	if code != 0 || printed != piped {
		t.Fatalf("--branch: exit %d, diff differs from the piped run:\n%s%s", code, printed, stderr)
	}
	var committed []string
	for _, l := range strings.SplitAfter(run("diff", "HEAD~1", "HEAD"), "\n") {
		switch {
		case strings.HasPrefix(l, "index "):
		case strings.HasPrefix(l, "@@ "):
			committed = append(committed, l[:strings.Index(l[3:], "@@")+5]+"\n")
		default:
			committed = append(committed, l)
		}
	}
	if c := strings.Join(committed, ""); c != printed {
		t.Errorf("committed diff differs from the printed one:\ncommitted:\n%s\nprinted:\n%s", c, printed)
	}
	if msg := run("log", "-1", "--format=%B"); !strings.Contains(msg, "Write back 1 live value") || !strings.Contains(msg, "spec.replicas: 2 -> 5") {
		t.Errorf("commit message:\n%s", msg)
	}

	baseline := strings.Replace(driftReportJSON, `"against": "deploy"`, `"baseline": 3`, 1)
	if code, _, stderr := fix(baseline, "--from-drift", "-"); code != 2 || !strings.Contains(stderr, "not with IaC") {
		t.Errorf("a report against a baseline: exit %d, want 2 saying it is not against IaC\n%s", code, stderr)
	}
	other := strings.Replace(driftReportJSON, `"declared": {"root": ".", "key": "apps/v1/Deployment shop/web"}`,
		`"declared": {"root": "prod", "key": "apps/v1/Deployment shop/web"}`, 1)
	if code, diff, stderr := fix(other, "--from-drift", "-"); code != 0 || diff != "" || !strings.Contains(stderr, "not under the path") {
		t.Errorf("a report on another directory: exit %d, diff %q, want none and a note\n%s", code, diff, stderr)
	}
	if code, _, stderr := fix("", "--from-drift", "latest"); code != 2 || !strings.Contains(stderr, "--scope") {
		t.Errorf("latest without --scope: exit %d, want 2 asking for --scope\n%s", code, stderr)
	}
}
