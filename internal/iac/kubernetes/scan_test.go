package kubernetes_test

import (
	"context"
	"path/filepath"
	"testing"

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
