package scan

import (
	"context"

	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/iac/dockerfile"
)

// loadDockerfiles adapts the Dockerfile loader to fileLoader; it takes no options.
func loadDockerfiles(ctx context.Context, root string, files []string, _ Options) *iac.Result {
	return dockerfile.Load(ctx, root, files)
}
