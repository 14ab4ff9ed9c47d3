package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestFixBranchCommitsThePrintedDiff: --branch commits exactly the diff it prints.
func TestFixBranchCommitsThePrintedDiff(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../../policies/aws/ec2/instance_imdsv1_allowed/fail.tf")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), src, 0o644); err != nil {
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
	t.Setenv("GIT_AUTHOR_NAME", "t")
	t.Setenv("GIT_AUTHOR_EMAIL", "t@example.com")
	t.Setenv("GIT_COMMITTER_NAME", "t")
	t.Setenv("GIT_COMMITTER_EMAIL", "t@example.com")
	var stdout, stderr bytes.Buffer
	if code := Execute([]string{"fix", dir, "--no-config", "--rule", "PLB-AWS-EC2-001", "--branch", "plumb/fixes"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), `+    http_tokens = "required"`) {
		t.Fatalf("printed diff lacks the fix:\n%s", stdout.String())
	}
	if got := strings.TrimSpace(run("rev-parse", "--abbrev-ref", "HEAD")); got != "plumb/fixes" {
		t.Errorf("on branch %q, want plumb/fixes", got)
	}
	var committed []string
	for _, l := range strings.SplitAfter(run("diff", "HEAD~1", "HEAD"), "\n") {
		switch {
		case strings.HasPrefix(l, "index "):
		case strings.HasPrefix(l, "@@ "):
			// git adds the enclosing line after a hunk header; the hunk is the same.
			committed = append(committed, l[:strings.Index(l[3:], "@@")+5]+"\n")
		default:
			committed = append(committed, l)
		}
	}
	if c := strings.Join(committed, ""); c != stdout.String() {
		t.Errorf("committed diff differs from the printed one:\ncommitted:\n%s\nprinted:\n%s", c, stdout.String())
	}
	if msg := run("log", "-1", "--format=%B"); !strings.Contains(msg, "PLB-AWS-EC2-001 aws_instance.web") {
		t.Errorf("commit message does not list the findings:\n%s", msg)
	}
}
