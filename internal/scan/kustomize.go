package scan

import (
	"context"

	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/iac/kustomize"
)

// loadKustomize builds the Kustomize directories that no other one builds on.
func loadKustomize(ctx context.Context, root string, dirs []string, _ Options) *iac.Result {
	return kustomize.Load(ctx, root, dirs)
}
