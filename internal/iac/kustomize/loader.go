package kustomize

import (
	"context"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/kyaml/filesys"

	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/iac/kubernetes"
	"github.com/plumbsec/plumb/internal/resource"
)

// Load builds the kustomizations in dirs (absolute directories holding a kustomization
// file) that no other of them builds on, on every core, and returns their objects. A
// directory another kustomization of dirs refers to (a base, a component) is built only as
// part of it, the way a Terraform module is read only through its callers. File names in
// the result are relative to root, with forward slashes.
func Load(ctx context.Context, root string, dirs []string) *iac.Result {
	seen := map[string]*kustomization{}
	trees := make([]*kustomization, len(dirs))
	for i, d := range dirs {
		trees[i] = readTree(root, filepath.Clean(d), seen)
	}
	referenced := map[*kustomization]bool{}
	for _, t := range trees {
		t.walk(func(k *kustomization) {
			if k != t {
				referenced[k] = true
			}
		})
	}
	var roots []*kustomization
	for _, t := range trees {
		if !referenced[t] {
			roots = append(roots, t)
		}
	}
	results := make([]*iac.Result, len(roots))
	var next sync.Mutex
	i := 0
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(roots)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				next.Lock()
				j := i
				i++
				next.Unlock()
				if j >= len(roots) || ctx.Err() != nil {
					return
				}
				results[j] = build(root, roots[j])
			}
		}()
	}
	wg.Wait()
	out := &iac.Result{}
	for _, r := range results {
		out.Merge(r)
	}
	out.Files = dedupe(out.Files)
	return out
}

// buildYAML runs kustomize on one kustomization and returns what it builds.
func buildYAML(k *kustomization) ([]byte, error) {
	fs := localOnly{FileSystem: filesys.MakeFsOnDisk(), files: map[string][]byte{}}
	k.walk(func(c *kustomization) {
		if c.rewritten != nil {
			fs.files[c.file] = c.rewritten
			if real, err := filepath.EvalSymlinks(c.file); err == nil {
				fs.files[real] = c.rewritten
			}
		}
	})
	opts := krusty.MakeDefaultOptions()
	m, err := krusty.MakeKustomizer(opts).Run(fs, k.dir)
	if err != nil {
		return nil, err
	}
	return m.AsYaml()
}

// build builds one root kustomization and locates its objects.
func build(root string, k *kustomization) (res *iac.Result) {
	res = &iac.Result{}
	defer func() {
		if r := recover(); r != nil {
			res.Diagnostics = append(res.Diagnostics, resource.Diagnostic{Error: true, File: k.name,
				Summary: "internal error while building this kustomization; please report it", Detail: fmt.Sprint(r)})
		}
	}()
	var bases []*resource.Resource
	k.walk(func(c *kustomization) {
		res.Diagnostics = append(res.Diagnostics, c.diags...)
		res.Files = append(res.Files, c.name)
		for _, s := range c.stripped {
			d := resource.Diagnostic{File: c.name, Line: s.line}
			switch {
			case s.remote:
				d.Summary = fmt.Sprintf("%s entry %s is remote and is not fetched", s.field, s.entry)
				d.Detail = "Plumb never reaches a network; what it declares is not scanned"
			case strings.HasPrefix(s.field, "helm"):
				d.Summary = s.field + " are not inflated"
				d.Detail = "scan the chart itself; Plumb renders Helm charts with their own loader"
			default:
				d.Error = true
				d.Summary = fmt.Sprintf("%s entry %s does not exist", s.field, s.entry)
			}
			res.Diagnostics = append(res.Diagnostics, d)
		}
		for _, m := range c.manifests {
			name := relName(root, m)
			res.Files = append(res.Files, name)
			if src, err := os.ReadFile(m); err == nil {
				rs, _ := kubernetes.Parse(name, src) // kustomize reports what does not parse
				bases = append(bases, rs...)
			}
		}
		for _, p := range c.patches {
			if p.loc.File != c.name {
				res.Files = append(res.Files, p.loc.File)
			}
		}
	})
	out, err := buildYAML(k)
	if err != nil {
		res.Diagnostics = append(res.Diagnostics, resource.Diagnostic{Error: true, File: k.name,
			Summary: "kustomization does not build", Detail: err.Error()})
		return res
	}
	rs, diags := kubernetes.Parse(k.name, out)
	for _, d := range diags {
		d.Line = 0 // a line of kustomize's output means nothing to the user
		res.Diagnostics = append(res.Diagnostics, d)
	}
	a := newAttributor(k, bases)
	rootDir := relName(root, k.dir)
	for _, r := range rs {
		a.locate(r)
		r.Origin = resource.OriginKustomize
		r.Root = rootDir
	}
	res.Resources = rs
	return res
}

// localOnly is the disk as kustomize sees it, except that kustomization files Plumb
// rewrote (remote resources and Helm charts left out) read as rewritten.
type localOnly struct {
	filesys.FileSystem
	files map[string][]byte
}

func (f localOnly) ReadFile(p string) ([]byte, error) {
	if b, ok := f.files[filepath.Clean(p)]; ok {
		return b, nil
	}
	return f.FileSystem.ReadFile(p)
}

func relName(root, p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(r)
}

func joinRel(dir, name string) string {
	if dir == "." || dir == "" {
		return name
	}
	return path.Join(dir, name)
}

func dedupe(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}
