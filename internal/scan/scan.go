package scan

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/resource"
)

// Options say what to scan and how.
type Options struct {
	// Path is a directory (every module under it) or one file (its directory's module).
	Path string
	// Terraform carries variable files, variables and the environment for TF_VAR_*.
	Terraform terraform.Options
	// Suppressions from the config file.
	Suppressions []finding.Suppression
}

// Run scans opts.Path with eng. Problems with individual input files are diagnostics in the
// result, not errors: an error means the scan as a whole could not run.
func Run(ctx context.Context, eng *policy.Engine, opts Options) (*finding.Result, error) {
	root, err := rootOf(opts.Path)
	if err != nil {
		return nil, err
	}
	loaded, err := terraform.Load(opts.Path, opts.Terraform)
	if err != nil {
		return nil, err
	}
	resources := adapt.Canonical(loaded.Resources)
	findings, skipped, err := eng.Evaluate(ctx, resources)
	if err != nil {
		return nil, err
	}
	res := &finding.Result{
		Findings:    findings,
		Skipped:     skipped,
		Diagnostics: loaded.Diagnostics,
		Resources:   len(resources),
		Files:       len(loaded.Files),
		Rules:       eng.Rules(),
		Root:        root,
	}
	decl := declarations(resources)
	res.Diagnostics = append(res.Diagnostics, finding.ApplyInline(findings, decl, os.DirFS(root))...)
	if err := finding.ApplyConfig(findings, opts.Suppressions); err != nil {
		return nil, fmt.Errorf("config suppressions: %w", err)
	}
	res.Sort()
	return res, nil
}

// rootOf is the directory file paths in the result are relative to.
func rootOf(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	st, err := os.Stat(abs)
	if err != nil {
		return "", err
	}
	if !st.IsDir() {
		return filepath.Dir(abs), nil
	}
	return abs, nil
}

// declarations gives triage the declaration of each finding's resource, where an inline
// ignore comment may stand.
func declarations(rs []*resource.Resource) func(*finding.Finding) resource.Location {
	byKey := make(map[string]*resource.Resource, len(rs))
	for _, r := range rs {
		byKey[r.Key] = r
	}
	return func(f *finding.Finding) resource.Location {
		if r := byKey[f.ResourceKey]; r != nil {
			return r.LocationOf(resource.Path{})
		}
		return resource.Location{}
	}
}
