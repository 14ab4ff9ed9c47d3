package scan

import (
	"context"
	"path/filepath"
	"sort"

	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/resource"
)

// fileLoader reads files of one format; paths are absolute, and everything it returns is
// relative to root.
type fileLoader func(ctx context.Context, root string, files []string, opts Options) *iac.Result

// load reads every input under opts.Path with the loader of its format.
func load(ctx context.Context, root string, opts Options) (*iac.Result, error) {
	path, err := filepath.Abs(opts.Path)
	if err != nil {
		return nil, err
	}
	in, err := collect(path, opts.Type)
	if err != nil {
		return nil, err
	}
	out := &iac.Result{}
	if in.terraform && (opts.Type == "" || opts.Type == iac.Terraform) {
		res, err := terraform.Load(opts.Path, opts.Terraform)
		if err != nil {
			return nil, err
		}
		out.Merge(res)
	}
	for _, f := range sortedFormats(in.files) {
		out.Merge(run(ctx, fileLoaders[f], f, root, in.files[f], opts))
	}
	for _, f := range sortedFormats(in.dirs) {
		out.Merge(run(ctx, dirLoaders[f], f, root, in.dirs[f], opts))
	}
	sort.Strings(out.Files)
	return out, nil
}

// run calls a loader, or, for a format this build recognises but cannot read yet, says so
// for every file rather than passing over it in silence.
func run(ctx context.Context, l fileLoader, f iac.Format, root string, paths []string, opts Options) *iac.Result {
	if l != nil {
		return l(ctx, root, paths, opts)
	}
	res := &iac.Result{}
	for _, p := range paths {
		rel, err := filepath.Rel(root, p)
		if err != nil {
			rel = p
		}
		res.Diagnostics = append(res.Diagnostics, resource.Diagnostic{File: filepath.ToSlash(rel),
			Summary: string(f) + " input recognised but not scanned", Detail: "this version of Plumb has no " + string(f) + " loader yet"})
	}
	return res
}

func sortedFormats(m map[iac.Format][]string) []iac.Format {
	out := make([]iac.Format, 0, len(m))
	for f := range m {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
