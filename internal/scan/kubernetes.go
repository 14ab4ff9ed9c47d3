package scan

import (
	"context"

	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/iac/kubernetes"
)

// loadKubernetes reads Kubernetes manifests (YAML, multi-document YAML, JSON, Lists).
func loadKubernetes(ctx context.Context, root string, files []string, _ Options) *iac.Result {
	return kubernetes.Load(ctx, root, files)
}
