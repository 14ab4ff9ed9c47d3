package fix_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/fix"
)

// loadEngine (terraform_test.go) loads the built-in rules once for the package's tests.

// fixDockerfile writes src as a Dockerfile, fixes the rule's findings and returns the new
// content (src when nothing was edited) and the reasons of the skipped findings.
func fixDockerfile(t *testing.T, id, src string) (string, []string) {
	t.Helper()
	eng := loadEngine(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "Dockerfile"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fs, rs := scanFor(t, eng, id, dir)
	if len(fs) == 0 {
		t.Fatalf("%s does not fire on:\n%s", id, src)
	}
	edits, skipped := fix.Plan(fs, rs, dir)
	var reasons []string
	for _, s := range skipped {
		reasons = append(reasons, s.Reason)
	}
	if len(edits) == 0 {
		return src, reasons
	}
	if err := fix.Apply(dir, edits); err != nil {
		t.Fatal(err)
	}
	if after, _ := scanFor(t, eng, id, dir); len(after) != len(skipped) {
		t.Errorf("%d findings after the fix, %d skipped", len(after), len(skipped))
	}
	return string(edits[0].New), reasons
}

// The Dockerfile writer edits only the instruction's own lines and keeps the file's
// conventions: CRLF line endings, continuation lines, the escape directive, lower-case
// keywords, comment lines inside an instruction, a missing final newline.
func TestDockerfileFixKeepsTheFile(t *testing.T) {
	cases := []struct{ name, id, src, want string }{
		{"crlf and continuation", "PLB-DOCKER-007",
			"FROM debian:12\r\n# install\r\nRUN apt-get update \\\r\n    && apt-get install -y \\\r\n       curl\r\nUSER 1000\r\n",
			"FROM debian:12\r\n# install\r\nRUN apt-get update \\\r\n    && apt-get install --no-install-recommends -y \\\r\n       curl\r\nUSER 1000\r\n"},
		{"backtick escape", "PLB-DOCKER-008",
			"# escape=`\nFROM debian:12\nRUN apt-get update `\n  # a comment line inside the RUN\n  && apt-get install -y --no-install-recommends curl\nUSER 1000",
			"# escape=`\nFROM debian:12\nRUN apt-get update `\n  # a comment line inside the RUN\n  && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 1000"},
		{"shell comment at the end", "PLB-DOCKER-008",
			"FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl # tools\nUSER 1000\n",
			"FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* # tools\nUSER 1000\n"},
		{"lower case", "PLB-DOCKER-005",
			"from alpine:3.20\nadd --chmod=644 a.conf /etc/a.conf\nuser 1000\n",
			"from alpine:3.20\ncopy --chmod=644 a.conf /etc/a.conf\nuser 1000\n"},
		{"quoted maintainer", "PLB-DOCKER-018",
			"FROM alpine:3.20\n  MAINTAINER Ann \"A$B\" <ann@example.com>\nUSER 1000\n",
			"FROM alpine:3.20\n  LABEL org.opencontainers.image.authors=\"Ann \\\"A\\$B\\\" <ann@example.com>\"\nUSER 1000\n"},
		{"multi-line cmd", "PLB-DOCKER-015",
			"FROM alpine:3.20\nCMD [\"a\", \\\n     \"b\"]\nCMD [\"c\"]\nUSER 1000\n",
			"FROM alpine:3.20\n# CMD [\"a\", \\\n#      \"b\"]\nCMD [\"c\"]\nUSER 1000\n"},
		{"bash as SHELL", "PLB-DOCKER-014",
			"FROM alpine:3.20\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN apk add curl\nUSER 1000\n",
			"FROM alpine:3.20\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN apk add --no-cache curl\nUSER 1000\n"},
		{"python -m pip and pip3.12", "PLB-DOCKER-017",
			"FROM python:3.12\nRUN python3 -m pip install -U pip && pip3.12 install \"flask==3.0\"\nUSER 1000\n",
			"FROM python:3.12\nRUN python3 -m pip install --no-cache-dir -U pip && pip3.12 install --no-cache-dir \"flask==3.0\"\nUSER 1000\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, skipped := fixDockerfile(t, c.id, c.src)
			if len(skipped) > 0 {
				t.Errorf("skipped: %v", skipped)
			}
			if got != c.want {
				t.Errorf("got:\n%q\nwant:\n%q", got, c.want)
			}
		})
	}
}

// What the writer cannot do safely it skips with a reason, and writes nothing.
func TestDockerfileFixSkipsWhatIsNotSafe(t *testing.T) {
	cases := []struct{ name, id, src, reason string }{
		{"lists used by a later RUN", "PLB-DOCKER-008",
			"FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 1000\n",
			"needs what"},
		{"exec form", "PLB-DOCKER-007",
			"FROM debian:12\nRUN [\"apt-get\", \"install\", \"-y\", \"curl\"]\nUSER 1000\n",
			"exec-form"},
		{"here-document", "PLB-DOCKER-008",
			"FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y --no-install-recommends curl\nEOF\nUSER 1000\n",
			"here-document"},
		{"ADD --checksum", "PLB-DOCKER-005",
			"FROM alpine:3.20\nADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 a.conf /etc/\nUSER 1000\n",
			"no COPY equivalent"},
		{"PowerShell", "PLB-DOCKER-017",
			"FROM python:3.12\nSHELL [\"pwsh\", \"-Command\"]\nRUN pip install flask\nUSER 1000\n",
			"not a POSIX shell"},
		{"background job", "PLB-DOCKER-008",
			"FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl &\nUSER 1000\n",
			"ends with"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, skipped := fixDockerfile(t, c.id, c.src)
			if got != c.src {
				t.Errorf("the file was edited:\n%s", got)
			}
			if len(skipped) == 0 || !strings.Contains(strings.Join(skipped, "\n"), c.reason) {
				t.Errorf("skipped %v, want a reason saying %q", skipped, c.reason)
			}
		})
	}
}
