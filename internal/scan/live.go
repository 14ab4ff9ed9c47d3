package scan

import (
	"context"
	"fmt"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/resource"
)

// LiveOptions say how to judge resources read from a live API.
type LiveOptions struct {
	// Suppressions from the config file; they match live findings by rule and resource key.
	Suppressions []finding.Suppression
	// Root names what was read (a scope such as aws:123456789012/eu-west-1) in outputs that
	// describe the scan's root; live findings point at live ids, not files under it.
	Root string
}

// Live evaluates eng on resources that a collector already put in canonical form, and
// triages the findings as Run does, without reading any file: a live resource has no
// source in which an inline suppression could stand. diags are the collector's, kept in the
// result so that what could not be read is reported with what was found.
func Live(ctx context.Context, eng *policy.Engine, resources []*resource.Resource, diags resource.Diagnostics, opts LiveOptions) (*finding.Result, error) {
	findings, skipped, err := eng.Evaluate(ctx, resources)
	if err != nil {
		return nil, err
	}
	if findings, skipped, err = breachPaths(ctx, eng, resources, findings, skipped); err != nil {
		return nil, err
	}
	res := &finding.Result{
		Findings:    findings,
		Skipped:     skipped,
		Diagnostics: append(resource.Diagnostics(nil), diags...),
		Resources:   len(resources),
		Rules:       eng.Rules(),
		Root:        opts.Root,
	}
	res.ResourceTypes = finding.CountTypes(resources, func(r *resource.Resource) string { return r.Type })
	if err := finding.ApplyConfig(findings, opts.Suppressions); err != nil {
		return nil, fmt.Errorf("config suppressions: %w", err)
	}
	mask(res)
	res.Sort()
	return res, nil
}
