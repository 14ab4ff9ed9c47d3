package scan

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/policy"
)

// TestPathsRelativeToWorkingDirectory: scanning infra/ from a repository's root reports
// infra/main.tf, and a value from --var names the flag, not a file.
func TestPathsRelativeToWorkingDirectory(t *testing.T) {
	repo := t.TempDir()
	infra := filepath.Join(repo, "infra")
	if err := os.MkdirAll(infra, 0o755); err != nil {
		t.Fatal(err)
	}
	src := "variable \"enc\" { type = bool }\nresource \"aws_ebs_volume\" \"v\" {\n  availability_zone = \"a\"\n  size = 1\n  encrypted = var.enc\n}\n"
	if err := os.WriteFile(filepath.Join(infra, "main.tf"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	eng, err := policy.Load(context.Background(), policy.Options{Only: []string{"PLB-AWS-EC2-003"}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), eng, Options{Path: infra, RelativeTo: repo,
		Terraform: terraform.Options{Vars: []string{"enc=false"}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 {
		t.Fatalf("want one finding, got %d", len(res.Findings))
	}
	loc := res.Findings[0].Location
	if loc.File != "<--var enc>" || len(loc.Via) != 1 || loc.Via[0].File != "infra/main.tf" || loc.Via[0].StartLine != 5 {
		t.Errorf("location = %s via %v; want <--var enc> via infra/main.tf:5", loc, loc.Via)
	}
	if res.Root != repo {
		t.Errorf("root = %s, want %s", res.Root, repo)
	}
}
