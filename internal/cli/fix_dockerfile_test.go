package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFixDockerfileApply: plumb fix --apply on a Dockerfile edits the instructions it can fix
// safely, names with their reason the findings it leaves, and plumb scan then reports none of
// the fixed rules, while the lines it had no reason to touch are unchanged.
func TestFixDockerfileApply(t *testing.T) {
	dir := t.TempDir()
	src := "# syntax=docker/dockerfile:1\n" +
		"FROM debian:12-slim\n" +
		"MAINTAINER Ops <ops@example.com>\n" +
		"# tools for the health check\n" +
		"RUN apt-get update \\\n" +
		"    && apt-get install -y curl\n" +
		"ADD app.conf /etc/app.conf\n" +
		"CMD [\"sleep\", \"1\"]\n" +
		"CMD [\"/usr/local/bin/app\"]\n"
	p := filepath.Join(dir, "Dockerfile")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fixed := []string{"PLB-DOCKER-005", "PLB-DOCKER-007", "PLB-DOCKER-008", "PLB-DOCKER-015", "PLB-DOCKER-018"}
	var stdout, stderr bytes.Buffer
	if code := Execute([]string{"fix", dir, "--no-config", "--apply"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	// The root user is a finding Plumb does not fix, and says why.
	if !strings.Contains(stderr.String(), "not fixed: PLB-DOCKER-003") {
		t.Errorf("the unfixable root user is not listed:\n%s", stderr.String())
	}
	got, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	want := "# syntax=docker/dockerfile:1\n" +
		"FROM debian:12-slim\n" +
		"LABEL org.opencontainers.image.authors=\"Ops <ops@example.com>\"\n" +
		"# tools for the health check\n" +
		"RUN apt-get update \\\n" +
		"    && apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*\n" +
		"COPY app.conf /etc/app.conf\n" +
		"# CMD [\"sleep\", \"1\"]\n" +
		"CMD [\"/usr/local/bin/app\"]\n"
	if string(got) != want {
		t.Errorf("fixed Dockerfile:\n%s\nwant:\n%s", got, want)
	}
	stdout.Reset()
	stderr.Reset()
	args := []string{"scan", dir, "--no-config", "--fail-on", "info"}
	for _, id := range fixed {
		args = append(args, "--rule", id)
	}
	if code := Execute(args, nil, &stdout, &stderr); code != 0 {
		t.Errorf("scan after the fix: exit %d:\n%s%s", code, stdout.String(), stderr.String())
	}
}
