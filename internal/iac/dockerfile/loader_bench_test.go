package dockerfile

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// generateDockerfile writes the i-th file of a corpus: multi-stage builds with ARGs in FROM,
// multi-line RUNs, heredocs and the usual instructions, about 40 lines each.
func generateDockerfile(i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# syntax=docker/dockerfile:1\nARG GO_VERSION=1.22.%d\nARG BASE=debian\n", i%10)
	fmt.Fprintf(&b, "FROM golang:${GO_VERSION} AS build\nWORKDIR /src\nENV CGO_ENABLED=0 GOFLAGS=-trimpath\n")
	fmt.Fprintf(&b, "COPY go.mod go.sum ./\nRUN --mount=type=cache,target=/root/.cache/go-build \\\n    go mod download \\\n    && go build -o /out/app%d ./cmd/app\n", i)
	fmt.Fprintf(&b, "RUN <<EOF\nset -e\ncd /src/tools && go build ./...\ngo vet ./...\nEOF\n")
	fmt.Fprintf(&b, "\nFROM ${BASE}:12-slim AS runtime\n")
	fmt.Fprintf(&b, "RUN apt-get update \\\n    && apt-get install -y --no-install-recommends ca-certificates curl tini \\\n    && rm -rf /var/lib/apt/lists/*\n")
	if i%3 == 0 {
		b.WriteString("RUN curl -fsSL https://example.com/install.sh | sh\n")
	}
	if i%5 == 0 {
		b.WriteString("ADD https://example.com/tool.tar.gz /opt/\nENV API_TOKEN=abc123\n")
	}
	fmt.Fprintf(&b, "COPY --from=build --chmod=755 /out/app%d /usr/local/bin/app\n", i)
	fmt.Fprintf(&b, "LABEL org.opencontainers.image.title=app%d org.opencontainers.image.version=1.%d\n", i, i)
	b.WriteString("EXPOSE 8080 9090/tcp\nWORKDIR /srv\nRUN useradd --uid 10001 app && chown app /srv\n")
	if i%4 != 0 {
		b.WriteString("USER 10001:10001\n")
	}
	b.WriteString("HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1\n")
	b.WriteString("ENTRYPOINT [\"tini\", \"--\", \"app\"]\nCMD [\"serve\", \"--port\", \"8080\"]\n")
	return b.String()
}

// BenchmarkLoad reads a corpus of 1,000 generated Dockerfiles per iteration and reports
// files/s, all cores in use as in a scan.
func BenchmarkLoad(b *testing.B) {
	const n = 1000
	root := b.TempDir()
	files := make([]string, n)
	for i := range files {
		files[i] = filepath.Join(root, fmt.Sprintf("svc%04d", i), "Dockerfile")
		if err := os.MkdirAll(filepath.Dir(files[i]), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(files[i], []byte(generateDockerfile(i)), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		res := Load(context.Background(), root, files)
		if len(res.Resources) != n {
			b.Fatalf("%d resources, want %d: %v", len(res.Resources), n, res.Diagnostics)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "files/s")
}

// BenchmarkParse measures one file on one core, without the file system.
func BenchmarkParse(b *testing.B) {
	src := []byte(generateDockerfile(15))
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for range b.N {
		if res, diags := Parse("Dockerfile", src); res == nil {
			b.Fatal(diags)
		}
	}
}
