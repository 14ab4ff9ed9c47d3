package scan

import (
	"context"

	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/iac/tfplan"
)

// loadTerraformJSON reads plan JSON and state files; tfplan tells them apart by content.
func loadTerraformJSON(ctx context.Context, root string, files []string, _ Options) *iac.Result {
	return tfplan.Load(ctx, root, files)
}
