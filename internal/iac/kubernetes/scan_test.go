package kubernetes_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/scan"
)

// TestScanReportsPrivilegedContainerLine scans a YAML file end to end: detection, this
// loader, the adapter's pod path and a rule that reads only that path. The finding must
// point at the line that set privileged: true.
func TestScanReportsPrivilegedContainerLine(t *testing.T) {
	ctx := context.Background()
	eng, err := policy.Load(ctx, policy.Options{PolicyDirs: []string{filepath.Join("testdata", "rules")}, NoBuiltin: true})
	if err != nil {
		t.Fatal(err)
	}
	res, err := scan.Run(ctx, eng, scan.Options{Path: filepath.Join("testdata", "scan")})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		t.Errorf("diagnostic: %s", d)
	}
	if res.Resources != 2 || res.Files != 1 {
		t.Errorf("scanned %d resources in %d files, want 2 in 1", res.Resources, res.Files)
	}
	if len(res.Findings) != 1 {
		t.Fatalf("got %d findings, want 1: %v", len(res.Findings), res.Findings)
	}
	f := res.Findings[0]
	if f.Rule.ID != "TEST-K8S-001" || f.ResourceKey != "apps/v1/Deployment shop/web" {
		t.Errorf("finding %s on %s", f.Rule.ID, f.ResourceKey)
	}
	if f.Location.File != "web.yaml" || f.Location.StartLine != 22 {
		t.Errorf("finding at %s, want web.yaml:22 (privileged: true)", f.Location)
	}
}

// TestScanInlineIgnoreInYAML: a YAML comment on the reported line, or on the line above the
// object, suppresses the finding.
func TestScanInlineIgnoreInYAML(t *testing.T) {
	ctx := context.Background()
	eng, err := policy.Load(ctx, policy.Options{PolicyDirs: []string{filepath.Join("testdata", "rules")}, NoBuiltin: true})
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join("testdata", "scan", "web.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for name, edit := range map[string]func(string) string{
		"on the line": func(s string) string {
			return strings.Replace(s, "privileged: true", "privileged: true # plumb:ignore TEST-K8S-001 ships the node's journal", 1)
		},
		"above the object": func(s string) string {
			return strings.Replace(s, "# The web tier.", "# plumb:ignore TEST-K8S-001 ships the node's journal", 1)
		},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "web.yaml"), []byte(edit(string(src))), 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := scan.Run(ctx, eng, scan.Options{Path: dir})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Findings) != 1 || res.Findings[0].Status != finding.Suppressed {
			t.Errorf("%s: findings %v, want one suppressed", name, res.Findings)
		}
	}
}
