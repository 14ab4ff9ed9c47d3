package dockerfile

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/resource"
)

// parse reads src as the file "Dockerfile" and fails the test on any error diagnostic.
func parse(t *testing.T, src string) *resource.Resource {
	t.Helper()
	res, diags := Parse("Dockerfile", []byte(src))
	for _, d := range diags {
		if d.Error {
			t.Fatalf("unexpected error: %s\n%s", d, src)
		}
	}
	if res == nil {
		t.Fatalf("no resource for\n%s", src)
	}
	return res
}

// at returns the value at a dotted path ("stages.0.from.tag"), or absent.
func at(res *resource.Resource, path string) (any, bool) {
	return resource.Get(res.Attributes, resource.ParsePath(path))
}

func mustAt(t *testing.T, res *resource.Resource, path string) any {
	t.Helper()
	v, ok := at(res, path)
	if !ok {
		t.Fatalf("%s is absent", path)
	}
	return v
}

// lines gives a location's lines as "start-end", with its Via locations after "<".
func lines(l resource.Location) string {
	s := l.String()
	for _, v := range l.Via {
		s += " < " + v.String()
	}
	return s
}

func TestStages(t *testing.T) {
	res := parse(t, `FROM golang:1.22 AS build
ENV CGO_ENABLED=0 GOFLAGS=-trimpath
USER builder
RUN go build -o /out/app .

FROM build AS test
RUN go test ./...

FROM gcr.io/distroless/static:nonroot AS final
COPY --from=build /out/app /app
COPY --from=1 /etc/passwd /etc/passwd
COPY --from=nginx:1.27 /etc/nginx/mime.types /etc/mime.types

FROM test
CMD ["app"]
`)
	if res.Key != "Dockerfile" || res.Type != "dockerfile" || res.Origin != resource.OriginDockerfile {
		t.Errorf("key, type, origin = %q, %q, %q", res.Key, res.Type, res.Origin)
	}
	want := map[string]any{
		"final_stage":                         3,
		"final_user":                          "builder", // inherited: test builds on build
		"stages.0.name":                       "build",
		"stages.0.in_final_image":             true,
		"stages.1.from.ref_stage":             0,
		"stages.1.env.CGO_ENABLED":            "0", // ENV is part of the image a stage builds on
		"stages.2.in_final_image":             false,
		"stages.2.from.repository":            "distroless/static",
		"stages.2.from.registry":              "gcr.io",
		"stages.2.from.tag":                   "nonroot",
		"stages.2.copy.0.from_stage":          0,
		"stages.2.copy.1.from_stage":          1,
		"stages.2.copy.2.from":                "nginx:1.27",
		"stages.3.from.ref_stage":             1,
		"stages.3.user":                       "builder",
		"stages.3.cmd.exec_form":              true,
		"stages.3.instructions.0.instruction": "CMD",
	}
	for path, w := range want {
		if got := mustAt(t, res, path); !reflect.DeepEqual(got, w) {
			t.Errorf("%s = %#v, want %#v", path, got, w)
		}
	}
	if _, ok := at(res, "stages.2.copy.2.from_stage"); ok {
		t.Error("COPY --from an image must not name a stage")
	}
	if _, ok := at(res, "stages.2.user"); ok {
		t.Error("a stage built on an image from a registry inherits no USER from the file")
	}
}

func TestFromArgs(t *testing.T) {
	unknown := resource.Unknown{}
	tests := []struct {
		name string
		src  string
		want map[string]any    // path under stages.0.from → value
		locs map[string]string // path under stages.0.from → lines
	}{{
		name: "defaults before FROM",
		src:  "ARG BASE=alpine\nARG TAG=3.20\nFROM ${BASE}:${TAG}\n",
		want: map[string]any{"image": "alpine:3.20", "registry": "docker.io", "repository": "library/alpine", "tag": "3.20"},
		locs: map[string]string{"image": "Dockerfile:3", "repository": "Dockerfile:1 < Dockerfile:3", "tag": "Dockerfile:2 < Dockerfile:3"},
	}, {
		name: "whole reference from one ARG",
		src:  "ARG IMAGE=registry.example.com/team/api:2.1@sha256:abc\nFROM $IMAGE AS api\n",
		want: map[string]any{"registry": "registry.example.com", "repository": "team/api", "tag": "2.1", "digest": "sha256:abc"},
		locs: map[string]string{"image": "Dockerfile:1 < Dockerfile:2", "tag": "Dockerfile:1 < Dockerfile:2"},
	}, {
		name: "tag without a default",
		src:  "ARG TAG\nFROM alpine:${TAG}\n",
		want: map[string]any{"image": unknown, "repository": "library/alpine", "tag": unknown, "digest": unknown},
	}, {
		name: "image without a default",
		src:  "ARG IMAGE\nFROM ${IMAGE}\n",
		want: map[string]any{"image": unknown, "registry": unknown, "repository": unknown, "tag": unknown, "digest": unknown},
	}, {
		name: "undeclared name expands to empty in FROM",
		src:  "FROM ${DISTRO:-debian}:12-slim\n",
		want: map[string]any{"image": "debian:12-slim", "tag": "12-slim"},
	}, {
		name: "platform from the builder",
		src:  "FROM --platform=$BUILDPLATFORM golang:1.22\n",
		want: map[string]any{"platform": unknown, "tag": "1.22"},
	}, {
		name: "registry with a port",
		src:  "FROM localhost:5000/app\n",
		want: map[string]any{"registry": "localhost:5000", "repository": "app"},
	}, {
		name: "scratch",
		src:  "FROM scratch\n",
		want: map[string]any{"image": "scratch", "scratch": true},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := parse(t, tt.src)
			for k, w := range tt.want {
				if got := mustAt(t, res, "stages.0.from."+k); !reflect.DeepEqual(got, w) {
					t.Errorf("from.%s = %#v, want %#v", k, got, w)
				}
			}
			for k, w := range tt.locs {
				if got := lines(res.LocationOf(resource.ParsePath("stages.0.from." + k))); got != w {
					t.Errorf("from.%s at %s, want %s", k, got, w)
				}
			}
			for k, w := range tt.want {
				p := resource.ParsePath("stages.0.from." + k)
				listed := false
				for _, u := range res.Unknowns {
					listed = listed || u.String() == p.String()
				}
				if _, isUnknown := w.(resource.Unknown); isUnknown != listed {
					t.Errorf("from.%s: unknown %v, listed in Unknowns %v", k, isUnknown, listed)
				}
			}
		})
	}
}

func TestLocations(t *testing.T) {
	src := `# syntax=docker/dockerfile:1
FROM debian:12 AS base
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
RUN <<EOF
set -e
echo hello
EOF
USER app

FROM base
HEALTHCHECK CMD ["true"]
`
	res := parse(t, src)
	want := map[string]string{
		"":                               "Dockerfile:1-13",
		"stages.0":                       "Dockerfile:2-10",
		"stages.0.from.tag":              "Dockerfile:2",
		"stages.0.run.0":                 "Dockerfile:3-5",
		"stages.0.run.0.commands.1.args": "Dockerfile:3-5",
		"stages.0.instructions.1":        "Dockerfile:6-9",
		"stages.0.run.1.heredocs.0":      "Dockerfile:6-9",
		"stages.1.user":                  "Dockerfile:10", // inherited, located where it was set
		"final_user":                     "Dockerfile:10",
		"stages.1.healthcheck":           "Dockerfile:13",
		"stages.1.from":                  "Dockerfile:12",
		// An absent attribute resolves to its stage, which starts at its FROM line.
		"stages.1.workdir": "Dockerfile:12-13",
	}
	for p, w := range want {
		if got := lines(res.LocationOf(resource.ParsePath(p))); got != w {
			t.Errorf("%q at %s, want %s", p, got, w)
		}
	}
	if got := mustAt(t, res, "stages.0.run.0.commands.1.args"); !reflect.DeepEqual(got, []any{"install", "-y", "--no-install-recommends", "curl"}) {
		t.Errorf("multi-line RUN command: %v", got)
	}
	// Every path of the tree has a location of its own.
	var walk func(p resource.Path, v any)
	walk = func(p resource.Path, v any) {
		if _, ok := res.Locations[p.String()]; !ok {
			t.Errorf("no location for %q", p)
		}
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				walk(p.Append(k), e)
			}
		case []any:
			for i, e := range x {
				walk(p.Append(i), e)
			}
		}
	}
	walk(resource.Path{}, res.Attributes)
}

func TestHeredocs(t *testing.T) {
	res := parse(t, `FROM alpine:3.20
RUN <<EOF
apk add curl
curl -fsSL https://example.com/x | sh
EOF
RUN python3 <<EOF
import os
os.system("sudo rm -rf /")
EOF
RUN bash <<-SCRIPT
	cd /tmp && make
	SCRIPT
COPY <<EOF /etc/app.conf
level=debug
EOF
RUN <<EOF
#!/usr/bin/env python3
print("not shell")
EOF
`)
	programs := func(path string) []string {
		var out []string
		for _, c := range mustAt(t, res, path).([]any) {
			out = append(out, c.(map[string]any)["program"].(string))
		}
		return out
	}
	for path, want := range map[string][]string{
		"stages.0.run.0.commands": {"apk", "curl", "sh"},
		"stages.0.run.1.commands": {"python3"},
		"stages.0.run.2.commands": {"bash", "cd", "make"},
		"stages.0.run.3.commands": nil,
	} {
		if got := programs(path); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: programs %v, want %v", path, got, want)
		}
	}
	if got := mustAt(t, res, "stages.0.copy.0.sources"); !reflect.DeepEqual(got, []any{"<<EOF"}) {
		t.Errorf("COPY heredoc sources = %v", got)
	}
	if got := mustAt(t, res, "stages.0.copy.0.heredocs.0.content"); got != "level=debug\n" {
		t.Errorf("COPY heredoc content = %q", got)
	}
}

func TestShellCommands(t *testing.T) {
	type cmd struct {
		program  string
		args     string
		pipeline int
		position int
		extra    string // wrappers, env, subshell
	}
	tests := []struct {
		script string
		want   []cmd
	}{
		{"apt-get update && apt-get install -y curl", []cmd{{"apt-get", "update", 0, 0, ""}, {"apt-get", "install -y curl", 1, 0, ""}}},
		{"curl -fsSL https://x | sudo -E bash -s -- -y", []cmd{{"curl", "-fsSL https://x", 0, 0, ""}, {"bash", "-s -- -y", 0, 1, "wrappers=[sudo]"}}},
		{"DEBIAN_FRONTEND=noninteractive apt-get -y install git; echo done", []cmd{{"apt-get", "-y install git", 0, 0, "env=DEBIAN_FRONTEND"}, {"echo", "done", 1, 0, ""}}},
		{`(cd /src && make) || echo "build failed; see log" >&2`, []cmd{{"cd", "/src", 0, 0, "subshell"}, {"make", "", 1, 0, "subshell"}, {"echo", "build failed; see log", 2, 0, ""}}},
		{"make 2>&1 > /tmp/log # a comment | sh", []cmd{{"make", "", 0, 0, ""}}},
		{`sh -c "wget -qO- https://x | sh"`, []cmd{{"sh", "-c wget -qO- https://x | sh", 0, 0, ""}, {"wget", "-qO- https://x", 2, 0, ""}, {"sh", "", 2, 1, ""}}},
		{`bash -c "$(curl -fsSL https://x)"`, []cmd{{"bash", "-c $(curl -fsSL https://x)", 0, 0, ""}, {"$(curl -fsSL https://x)", "", 2, 0, ""}}},
		{"if [ -f a ]; then rm a; fi", []cmd{{"[", "-f a ]", 0, 0, ""}, {"rm", "a", 1, 0, ""}}},
		{"for f in *.sh; do chmod 777 $f; done", []cmd{{"chmod", "777 $f", 1, 0, ""}}},
		{"env -i PATH=/bin HOME=/root nice -n 5 pip install x", []cmd{{"pip", "install x", 0, 0, "wrappers=[env nice] env=HOME,PATH"}}},
		{"echo 'a && b' \"c | d\" e\\ f", []cmd{{"echo", "a && b c | d e f", 0, 0, ""}}},
		{"cat <<EOF > /etc/x\nsudo make\n", []cmd{{"cat", "", 0, 0, ""}, {"make", "", 1, 0, "wrappers=[sudo]"}}},
		{"", nil},
	}
	for _, tt := range tests {
		got := splitShell(tt.script)
		var gotCmds []cmd
		for _, c := range got {
			var extra []string
			if len(c.wrappers) > 0 {
				extra = append(extra, "wrappers=["+strings.Join(c.wrappers, " ")+"]")
			}
			if len(c.env) > 0 {
				var keys []string
				for k := range c.env {
					keys = append(keys, k)
				}
				sortStrings(keys)
				extra = append(extra, "env="+strings.Join(keys, ","))
			}
			if c.subshell {
				extra = append(extra, "subshell")
			}
			gotCmds = append(gotCmds, cmd{c.program, strings.Join(c.args, " "), c.pipeline, c.position, strings.Join(extra, " ")})
		}
		if !reflect.DeepEqual(gotCmds, tt.want) {
			t.Errorf("splitShell(%q)\n got %+v\nwant %+v", tt.script, gotCmds, tt.want)
		}
	}
}

func sortStrings(s []string) {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
}

func TestBrokenFiles(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		line     int
		summary  string // part of the diagnostic's summary or detail
		resource bool   // a resource is still produced
	}{
		{"unterminated heredoc", "FROM alpine:3.20\nRUN <<EOF\necho hi\n", 2, "unterminated heredoc", false},
		{"empty file", "# only a comment\n", 1, "no instructions", false},
		{"ENV without =", "FROM alpine:3.20\nENV A=1 B\n", 2, "can't find =", false},
		{"unknown instruction", "FROM alpine:3.20\nRUNN echo hi\nUSER app\n", 2, "unknown instruction RUNN", true},
		{"instruction before FROM", "RUN echo hi\nFROM alpine:3.20\n", 1, "before the first FROM", true},
		{"FROM with a trailing comment", "FROM alpine:3.20 # the base\n", 1, "not a comment", true},
		{"bad port", "FROM alpine:3.20\nEXPOSE 80/http\n", 2, "not a port", true},
		{"bad stage name", "FROM alpine:3.20 AS 1st\n", 1, "invalid stage name", true},
		{"bad substitution", "FROM alpine:3.20\nUSER ${NAME\n", 2, "USER", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, diags := Parse("Dockerfile", []byte(tt.src))
			if (res != nil) != tt.resource {
				t.Errorf("resource produced: %v, want %v", res != nil, tt.resource)
			}
			found := false
			for _, d := range diags {
				if d.Error && d.File == "Dockerfile" && d.Line == tt.line && strings.Contains(d.Summary+": "+d.Detail, tt.summary) {
					found = true
				}
			}
			if !found {
				t.Errorf("want an error at line %d mentioning %q, got %v", tt.line, tt.summary, diags)
			}
		})
	}
}

// TestLoadReadsEveryFile: a broken file is reported with its line and the others are read.
func TestLoadReadsEveryFile(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"api/Dockerfile":        "FROM alpine:3.20\nUSER app\n",
		"broken/Dockerfile":     "FROM alpine:3.20\nRUN <<EOF\n",
		"web/app.Dockerfile":    "FROM nginx\n",
		"missing/Containerfile": "",
	}
	var paths []string
	for name, src := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if name != "missing/Containerfile" {
			if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		paths = append(paths, p)
	}
	sortStrings(paths)
	res := Load(context.Background(), root, paths)
	var keys []string
	for _, r := range res.Resources {
		keys = append(keys, r.Key)
	}
	if want := []string{"api/Dockerfile", "web/app.Dockerfile"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("resources %v, want %v", keys, want)
	}
	errs := map[string]int{}
	for _, d := range res.Diagnostics {
		if d.Error {
			errs[d.File] = d.Line
		}
	}
	if want := map[string]int{"broken/Dockerfile": 2, "missing/Containerfile": 0}; !reflect.DeepEqual(errs, want) {
		t.Errorf("errors %v, want %v", errs, want)
	}
	if len(res.Files) != 4 {
		t.Errorf("files %v, want all four", res.Files)
	}
}

// TestSecretsNeverReachTheModel: no secret written in a Dockerfile appears anywhere in what
// the loader returns, while the names stay.
func TestSecretsNeverReachTheModel(t *testing.T) {
	secrets := []string{"hunter2", "ghp_0123456789abcdefghijABCDEFGHIJ012345", "AKIAIOSFODNN7EXAMPLE",
		"s3cr3t-pw", "MIIEvQIBADANBgkqhkiG9w0", "p4ssw0rd", "tok-9f8e7d", "xoxb-1234567890-abcdef", "lbl-secret-1", "exec-pw-1", "cmd-tok-2"}
	src := `ARG GITHUB_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ012345
FROM alpine:3.20
ARG GITHUB_TOKEN
ARG DEPLOY_KEY=tok-9f8e7d
ENV DB_PASSWORD="hunter2" API_URL=https://api.example.com
ENV AWS_ACCESS_KEY_ID AKIAIOSFODNN7EXAMPLE
ENV CLONE_URL=https://bot:${GITHUB_TOKEN}@github.com/org/repo.git
ENV DERIVED=${DEPLOY_KEY}
LABEL ci.secret=lbl-secret-1
RUN curl -u admin:s3cr3t-pw https://repo.example.com/x -o /x && mysql --password=p4ssw0rd -e 'select 1'
RUN SLACK_TOKEN=xoxb-1234567890-abcdef ./notify.sh
ADD https://user:s3cr3t-pw@files.example.com/a.tgz /opt/
COPY <<EOF /root/.ssh/id_rsa
-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0
-----END PRIVATE KEY-----
EOF
ONBUILD ENV DB_PASSWORD=hunter2
RUN ["mysqladmin", "--password", "exec-pw-1", "status"]
CMD ["app", "--token", "cmd-tok-2"]
`
	res, diags := Parse("Dockerfile", []byte(src))
	if res == nil {
		t.Fatalf("no resource: %v", diags)
	}
	out, err := json.Marshal(struct {
		A any
		D any
	}{res.Attributes, diags})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range secrets {
		if strings.Contains(string(out), s) {
			t.Errorf("secret %q reached the model", s)
		}
	}
	for path, want := range map[string]any{
		"args.0.name":                           "GITHUB_TOKEN",
		"args.0.masked":                         true,
		"stages.0.env.DB_PASSWORD":              Masked,
		"stages.0.env.API_URL":                  "https://api.example.com",
		"stages.0.env.DERIVED":                  Masked, // from a masked ARG
		"stages.0.env.CLONE_URL":                Masked,
		"stages.0.instructions.2.vars.0.masked": true,
		"stages.0.labels.ci\\.secret":           nil,
	} {
		if path == "stages.0.labels.ci\\.secret" {
			if res.Attributes["stages"].([]any)[0].(map[string]any)["labels"].(map[string]any)["ci.secret"] != Masked {
				t.Errorf("label ci.secret is not masked")
			}
			continue
		}
		if got := mustAt(t, res, path); got != want {
			t.Errorf("%s = %v, want %v", path, got, want)
		}
	}
}

func TestAnnotations(t *testing.T) {
	src := "FROM alpine:3.20 AS base # plumb-test:expect\n" +
		"# plumb:ignore PLB-DOCKER-003 a full-line comment stays a comment\n" +
		"EXPOSE 22 # plumb:ignore PLB-DOCKER-011 bastion\n" +
		"RUN echo '#plumb' # not an annotation\n" +
		"RUN echo \"see # plumb:docs\" # plumb:docs is not an annotation either\n"
	res := parse(t, src)
	if got := mustAt(t, res, "stages.0.from.image"); got != "alpine:3.20" {
		t.Errorf("image %v", got)
	}
	if got := mustAt(t, res, "stages.0.expose.0.port"); got != 22 {
		t.Errorf("port %v", got)
	}
	if got := mustAt(t, res, "stages.0.run.0.command"); got != "echo '#plumb' # not an annotation" {
		t.Errorf("command %q", got)
	}
	if got := mustAt(t, res, "stages.0.run.1.command"); got != `echo "see # plumb:docs" # plumb:docs is not an annotation either` {
		t.Errorf("command %q", got)
	}
	if got := lines(res.LocationOf(resource.ParsePath("stages.0.run.0"))); got != "Dockerfile:4" {
		t.Errorf("RUN at %s: annotations must not move lines", got)
	}
}

func TestUserWorkdirExpose(t *testing.T) {
	res := parse(t, `FROM alpine:3.20
ARG UID=10001
ARG GID
USER ${UID}:${GID}
WORKDIR /srv
WORKDIR app
ENV PORT=8080
EXPOSE $PORT 9000-9010/udp

FROM alpine:3.20
WORKDIR data
WORKDIR $HOME/x
USER $RUNTIME_USER
`)
	unknown := resource.Unknown{}
	for path, want := range map[string]any{
		"stages.0.user":                    "10001",
		"stages.0.group":                   unknown,
		"stages.0.workdir":                 "/srv/app",
		"stages.0.instructions.4.resolved": "/srv/app",
		"stages.0.expose.0.port":           8080,
		"stages.0.expose.1.end_port":       9010,
		"stages.0.expose.1.protocol":       "udp",
		"stages.1.instructions.0.path":     "data",
		"stages.1.instructions.1.path":     unknown,
		"stages.1.workdir":                 unknown,
		"stages.1.user":                    unknown,
		"final_user":                       unknown,
	} {
		if got := mustAt(t, res, path); !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v, want %#v", path, got, want)
		}
	}
	if _, ok := at(res, "stages.1.instructions.0.resolved"); ok {
		t.Error("a first relative WORKDIR has nothing to be resolved against")
	}
	if got := lines(res.LocationOf(resource.ParsePath("stages.0.user"))); got != "Dockerfile:4" {
		t.Errorf("user at %s", got)
	}
}

func TestImageRef(t *testing.T) {
	tests := []struct {
		in                                string
		registry, repository, tag, digest string
	}{
		{"ubuntu", "docker.io", "library/ubuntu", "", ""},
		{"ubuntu:24.04", "docker.io", "library/ubuntu", "24.04", ""},
		{"bitnami/redis:7", "docker.io", "bitnami/redis", "7", ""},
		{"index.docker.io/library/node:20", "docker.io", "library/node", "20", ""},
		{"ghcr.io/org/app@sha256:abcd", "ghcr.io", "org/app", "", "sha256:abcd"},
		{"localhost/app:dev", "localhost", "app", "dev", ""},
		{"10.0.0.1:5000/a/b/c:1.0@sha256:ef", "10.0.0.1:5000", "a/b/c", "1.0", "sha256:ef"},
	}
	for _, tt := range tests {
		r := parseImageRef(tt.in)
		if r.registry != tt.registry || r.repository != tt.repository || r.tag != tt.tag || r.digest != tt.digest {
			t.Errorf("%s: got %s %s %q %q", tt.in, r.registry, r.repository, r.tag, r.digest)
		}
	}
	for raw, want := range map[string][3]string{
		"${REPO}:${TAG:-1.0}": {"${REPO}", "${TAG:-1.0}", ""},
		"host:5000/app":       {"host:5000/app", "", ""},
		"$IMG@${DIGEST}":      {"$IMG", "", "${DIGEST}"},
		"app:${T}@sha256:x":   {"app", "${T}", "sha256:x"},
	} {
		n, tg, d := splitRawRef(raw)
		if [3]string{n, tg, d} != want {
			t.Errorf("splitRawRef(%q) = %q %q %q, want %v", raw, n, tg, d, want)
		}
	}
}
