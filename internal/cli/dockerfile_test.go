package cli

import (
	"fmt"
	"strings"
	"testing"
)

// dockerfileWithRootAndLatest builds on an untagged image in its final stage and never sets
// USER; its builder stage is pinned, and a multi-line RUN installs with recommends.
const dockerfileWithRootAndLatest = `# syntax=docker/dockerfile:1
FROM node:20.15-alpine AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM nginx
RUN apt-get update \
    && apt-get install -y curl \
    && rm -rf /var/lib/apt/lists/*
ENV ADMIN_PASSWORD=hunter2-from-the-dockerfile
COPY --from=build /app/dist /usr/share/nginx/html
`

// TestDockerfileFindingsAtTheirLines is issue 4's check: a Dockerfile with an unpinned base
// image and no USER is reported at the right lines.
func TestDockerfileFindingsAtTheirLines(t *testing.T) {
	dir := writeFiles(t, map[string]string{"web/Dockerfile": dockerfileWithRootAndLatest})
	rep, code := scanJSON(t, dir)
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	got := map[string]string{}
	for _, f := range rep.Findings {
		if f.Resource != "web/Dockerfile" {
			t.Errorf("finding on %q, want resource web/Dockerfile", f.Resource)
		}
		got[f.RuleID] += fmt.Sprintf("%s:%d[%s] ", f.Location.File, f.Location.StartLine, f.Path)
	}
	want := map[string]string{
		// No tag on the final stage's image: its FROM line.
		"PLB-DOCKER-001": "web/Dockerfile:7[stages.1.from.tag] ",
		// No USER in the final stage: reported where the stage starts, its FROM line.
		"PLB-DOCKER-003": "web/Dockerfile:7[stages.1.user] ",
		// A multi-line RUN is reported at its first line.
		"PLB-DOCKER-007": "web/Dockerfile:8[stages.1.run.0] ",
		"PLB-DOCKER-010": "web/Dockerfile:11[stages.1.instructions.1.vars.0] ",
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s at %q, want %q", id, got[id], w)
		}
	}
	if strings.Contains(got["PLB-DOCKER-001"], ":2[") {
		t.Errorf("the pinned builder stage was reported as unpinned")
	}
	if len(rep.Errors) != 0 {
		t.Errorf("unexpected input errors: %v", rep.Errors)
	}
	out, _, _ := run(t, "scan", "-o", "json", dir)
	if strings.Contains(out, "hunter2-from-the-dockerfile") {
		t.Errorf("the JSON report repeats a secret from the Dockerfile")
	}
}

// TestBrokenDockerfileExitsTwo: a Dockerfile that does not parse is an input error at its
// line, and the other Dockerfiles are still scanned.
func TestBrokenDockerfileExitsTwo(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"good/Dockerfile":       "FROM alpine:latest\nUSER 10001\n",
		"bad/Dockerfile":        "FROM alpine:3.20\nRUN <<EOF\necho never closed\n",
		"bad/worker.Dockerfile": "FROM alpine:3.20\nEXPOSE 22 # ssh\nUSER 10001\n",
	})
	rep, code := scanJSON(t, dir)
	if code != 2 {
		t.Errorf("exit code %d, want 2", code)
	}
	errs := map[string]bool{}
	for _, e := range rep.Errors {
		errs[fmt.Sprintf("%s:%d", e.File, e.Line)] = true
	}
	for _, w := range []string{"bad/Dockerfile:2", "bad/worker.Dockerfile:2"} {
		if !errs[w] {
			t.Errorf("no input error at %s; errors: %v", w, rep.Errors)
		}
	}
	found := false
	for _, f := range rep.Findings {
		found = found || f.RuleID == "PLB-DOCKER-001" && f.Location.File == "good/Dockerfile" && f.Location.StartLine == 1
	}
	if !found {
		t.Errorf("the good Dockerfile was not scanned: %+v", rep.Findings)
	}
}
