package scan

import (
	"context"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac"
)

// Resources loads what the files under opts.Path declare and returns it in canonical form,
// with the loaders' diagnostics, evaluating no rule: the desired state that drift compares
// a live scope with. File names are relative to the scanned directory.
func Resources(ctx context.Context, opts Options) (*iac.Result, error) {
	root, err := rootOf(opts.Path)
	if err != nil {
		return nil, err
	}
	loaded, err := load(ctx, root, opts)
	if err != nil {
		return nil, err
	}
	loaded.Resources = adapt.Canonical(loaded.Resources)
	return loaded, nil
}
