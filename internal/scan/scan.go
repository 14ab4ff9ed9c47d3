package scan

import (
	"context"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/redact"
	"github.com/plumbsec/plumb/internal/resource"
)

// Options say what to scan and how.
type Options struct {
	// Path is a directory (every file under it that Plumb reads) or one file.
	Path string
	// Type, when set, reads every candidate file as this format instead of detecting it.
	Type iac.Format
	// Terraform carries variable files, variables and the environment for TF_VAR_*.
	Terraform terraform.Options
	// CfnParams are CloudFormation parameter files (--cfn-params), applied in order.
	CfnParams []string
	// HelmValues are Helm values files (--values) and HelmSet Helm --set expressions, applied
	// in order over each chart's values.yaml.
	HelmValues, HelmSet []string
	// Suppressions from the config file. Their file globs are relative to the scanned
	// directory.
	Suppressions []finding.Suppression
	// RelativeTo, when set (the CLI sets the working directory), makes every file path in
	// the result relative to it rather than to the scanned directory, so that
	// `plumb scan infra/` run at a repository's root reports infra/main.tf, as code scanning
	// and editors expect. Paths outside it stay relative to the scanned directory.
	RelativeTo string
}

// Run scans opts.Path with eng. Problems with individual input files are diagnostics in the
// result, not errors: an error means the scan as a whole could not run.
func Run(ctx context.Context, eng *policy.Engine, opts Options) (*finding.Result, error) {
	return RunPending(ctx, func() (*policy.Engine, error) { return eng, nil }, opts)
}

// RunPending is Run with an engine that may still be compiling (policy.LoadAsync): the
// files are read, parsed and adapted meanwhile, and the scan waits for the engine only to
// evaluate. An engine that fails to load fails the scan.
func RunPending(ctx context.Context, engine func() (*policy.Engine, error), opts Options) (*finding.Result, error) {
	root, err := rootOf(opts.Path)
	if err != nil {
		return nil, err
	}
	loaded, err := load(ctx, root, opts)
	if err != nil {
		return nil, err
	}
	resources := adapt.InPlace(loaded.Resources)
	eng, err := engine()
	if err != nil {
		return nil, err
	}
	ranked := startGraph(ctx, eng, resources)
	findings, skipped, err := eng.Evaluate(ctx, resources)
	if err != nil {
		return nil, err
	}
	if findings, skipped, err = ranked(findings, skipped); err != nil {
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
	res.ResourceTypes = finding.CountTypes(resources, func(r *resource.Resource) string { return r.Type })
	decl := declarations(resources)
	res.Diagnostics = append(res.Diagnostics, finding.ApplyInline(findings, decl, os.DirFS(root))...)
	if err := finding.ApplyConfig(findings, opts.Suppressions); err != nil {
		return nil, fmt.Errorf("config suppressions: %w", err)
	}
	rebase(res, opts.RelativeTo)
	mask(res)
	res.Sort()
	return res, nil
}

// mask keeps secrets out of every output: a rule's message or a parser's diagnostic that
// quotes a credential from a scanned file has it replaced.
func mask(res *finding.Result) {
	for _, f := range res.Findings {
		f.Message = redact.Line(f.Message)
	}
	for i := range res.Diagnostics {
		res.Diagnostics[i].Summary = redact.Line(res.Diagnostics[i].Summary)
		res.Diagnostics[i].Detail = redact.Line(res.Diagnostics[i].Detail)
	}
}

// rebase makes the result's file paths relative to dir when the scan root is inside it.
func rebase(res *finding.Result, dir string) {
	if dir == "" {
		return
	}
	prefix, err := filepath.Rel(dir, res.Root)
	if err != nil || prefix == ".." || strings.HasPrefix(prefix, ".."+string(filepath.Separator)) {
		return
	}
	if prefix == "." {
		res.Root = dir
		return
	}
	prefix = filepath.ToSlash(prefix)
	join := func(f string) string {
		if f == "" || strings.HasPrefix(f, "/") || strings.HasPrefix(f, "<") {
			return f // absolute, or not a file ("<--var name>", "<environment TF_VAR_name>")
		}
		return path.Join(prefix, f)
	}
	var loc func(l *resource.Location)
	loc = func(l *resource.Location) {
		l.File = join(l.File)
		for i := range l.Via {
			loc(&l.Via[i])
		}
	}
	for _, f := range res.Findings {
		loc(&f.Location)
		if f.Breach != nil {
			for i := range f.Breach.Path {
				loc(&f.Breach.Path[i].Location)
			}
		}
	}
	for i := range res.Skipped {
		loc(&res.Skipped[i].Location)
	}
	for i := range res.Diagnostics {
		res.Diagnostics[i].File = join(res.Diagnostics[i].File)
	}
	res.Root = dir
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
	type rootKey struct{ root, key string }
	byKey := make(map[rootKey]*resource.Resource, len(rs))
	for _, r := range rs {
		byKey[rootKey{r.Root, r.Key}] = r
	}
	return func(f *finding.Finding) resource.Location {
		if r := byKey[rootKey{f.ResourceRoot, f.ResourceKey}]; r != nil {
			return r.LocationOf(resource.Path{})
		}
		return resource.Location{}
	}
}
