package kubescan

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/finding"
	live "github.com/plumbsec/plumb/internal/live/kubernetes"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/redact"
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
	resources := adapt.Canonical(snap.Resources)
	findings, skipped, err := eng.Evaluate(ctx, resources)
	if err != nil {
		return nil, err
	}
	res := &finding.Result{
		Findings:    findings,
		Skipped:     skipped,
		Diagnostics: append(snap.Diagnostics[:0:0], snap.Diagnostics...),
		Resources:   len(resources),
		Rules:       eng.Rules(),
		Root:        snap.Scope.String(),
	}
	if err := finding.ApplyConfig(findings, sups); err != nil {
		return nil, fmt.Errorf("config suppressions: %w", err)
	}
	maskMessages(res.Findings)
	res.Sort()
	return res, nil
}

// maskMessages masks what a rule's message may quote from the cluster (an environment
// variable that holds a credential), as a scan of files does. A cluster yields tens of
// thousands of findings and masking is regular expressions, so it is spread over the cores.
func maskMessages(fs []*finding.Finding) {
	workers := min(runtime.GOMAXPROCS(0), 1+len(fs)/1000)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(fs); i += workers {
				fs[i].Message = redact.Line(fs[i].Message)
			}
		}()
	}
	wg.Wait()
}
