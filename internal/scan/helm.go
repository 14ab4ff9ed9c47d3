package scan

import (
	"context"

	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/iac/helm"
)

// loadHelm renders Helm chart directories with --values and --set applied to each.
func loadHelm(ctx context.Context, root string, dirs []string, opts Options) *iac.Result {
	return helm.Load(ctx, root, dirs, helm.Options{ValuesFiles: opts.HelmValues, Set: opts.HelmSet})
}
