package kubescan

import (
	"context"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/finding"
	live "github.com/plumbsec/plumb/internal/live/kubernetes"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/scan"
)

// Options say what to scan.
type Options struct {
	// Collector says which cluster and scope, and how to reach it.
	Collector live.Options
	// Suppressions from the config file. A suppression's file pattern is matched against
	// the live location, <k8s://CONTEXT/APIVERSION/KIND/NAMESPACE/NAME>.
	Suppressions []finding.Suppression
}

// Run collects the scope and evaluates eng on what it holds. Kinds that could not be
// collected are warnings (or errors) in the result's diagnostics; an error means nothing
// could be collected.
func Run(ctx context.Context, eng *policy.Engine, opts Options) (*finding.Result, *live.Snapshot, error) {
	c, err := live.New(opts.Collector)
	if err != nil {
		return nil, nil, err
	}
	snap, err := c.Collect(ctx)
	if err != nil {
		return nil, nil, err
	}
	res, err := Evaluate(ctx, eng, snap, opts.Suppressions)
	if err != nil {
		return nil, nil, err
	}
	return res, snap, nil
}

// Evaluate judges a snapshot: the drift code calls it on a stored baseline as on live state.
func Evaluate(ctx context.Context, eng *policy.Engine, snap *live.Snapshot, sups []finding.Suppression) (*finding.Result, error) {
	return scan.Live(ctx, eng, adapt.Canonical(snap.Resources), snap.Diagnostics,
		scan.LiveOptions{Suppressions: sups, Root: snap.Scope.String()})
}
