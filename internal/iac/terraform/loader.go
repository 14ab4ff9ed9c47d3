package terraform

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/workers"
)

// Options are the inputs a Terraform run would take from its command line and environment.
type Options struct {
	// VarFiles are --var-file paths, applied in order after the automatic tfvars files.
	VarFiles []string
	// Vars are --var NAME=VALUE assignments, applied last. Values are parsed as HCL
	// expressions when they look like one (lists, maps, numbers, bools), else taken as strings.
	Vars []string
	// Env is the environment to read TF_VAR_* from (os.Environ() in the CLI; explicit in tests).
	Env []string
}

// Result is what a load produced; Files are relative to the scan root, sorted.
type Result = iac.Result

// loader evaluates root modules. Parsed module definitions are shared (cache); what an
// evaluation produces is the loader's own, so root modules evaluate in parallel, each with
// its own loader, and are merged in a fixed order.
type loader struct {
	root  string // absolute scan root
	opts  Options
	cache *defCache
	files map[string]bool
	diags resource.Diagnostics
	out   []*resource.Resource
	// remote maps a root module dir to its downloaded modules (from modules.json).
	remote    map[string]map[string]string
	funcCache map[string]map[string]function.Function
	templates map[string]parsedTemplate
	diagSeen  map[string]bool
}

// Load reads every Terraform root module under root. A directory is a root module unless
// another scanned directory calls it as a local module; a directory that is only ever used as
// a module is evaluated through its callers, with their inputs and addresses.
func Load(root string, opts Options) (*Result, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(abs)
	if err != nil {
		return nil, err
	}
	base := &loader{root: abs, opts: opts, cache: &defCache{defs: map[string]*defEntry{}}}
	var dirs []string
	if !st.IsDir() {
		// A single file: scan its directory's module, with the root at the file's directory.
		base.root = filepath.Dir(abs)
		dirs = []string{base.root}
	} else if dirs, err = moduleDirs(abs); err != nil {
		return nil, err
	}
	workers.Each(len(dirs), func(i int) { base.parseModule(dirs[i]) })
	roots := base.roots(dirs)
	evaluated := make([]*loader, len(roots))
	workers.Each(len(roots), func(i int) {
		l := &loader{root: base.root, opts: opts, cache: base.cache, files: map[string]bool{},
			remote: map[string]map[string]string{}}
		l.evalRootSafely(roots[i])
		evaluated[i] = l
	})
	return merge(base.cache.all(), evaluated), nil
}

// merge puts together what parsing and each root's evaluation produced, in a stable order,
// dropping the warnings a module shared by several roots repeats.
func merge(defs []*moduleDef, evaluated []*loader) *Result {
	res := &Result{}
	files := map[string]bool{}
	seen := map[string]bool{}
	addDiag := func(d resource.Diagnostic) {
		k := fmt.Sprintf("%s:%d:%d:%s", d.File, d.Line, d.Column, d.Summary)
		if !seen[k] {
			seen[k] = true
			res.Diagnostics = append(res.Diagnostics, d)
		}
	}
	for _, d := range defs {
		for _, f := range d.read {
			files[f] = true
		}
		for _, diag := range d.diags {
			addDiag(diag)
		}
	}
	for _, l := range evaluated {
		res.Resources = append(res.Resources, l.out...)
		for f := range l.files {
			files[f] = true
		}
		for _, diag := range l.diags {
			addDiag(diag)
		}
	}
	res.Files = sortedNames(files)
	return res
}

// moduleDirs lists the directories under root that hold .tf or .tf.json files, skipping
// hidden directories (.terraform, .git) except when reached through modules.json.
func moduleDirs(root string) ([]string, error) {
	seen := map[string]bool{}
	var dirs []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable entries are reported when a module reads them
		}
		if d.IsDir() {
			if p != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		n := d.Name()
		if strings.HasSuffix(n, ".tf") || strings.HasSuffix(n, ".tf.json") {
			dir := filepath.Dir(p)
			if !seen[dir] {
				seen[dir] = true
				dirs = append(dirs, dir)
			}
		}
		return nil
	})
	sort.Strings(dirs)
	return dirs, err
}

// roots returns the directories that no other directory calls as a local module.
func (l *loader) roots(dirs []string) []string {
	called := map[string]bool{}
	for _, d := range dirs {
		for _, c := range l.parseModule(d).calls {
			if isLocalSource(c.source) {
				called[filepath.Clean(filepath.Join(d, c.source))] = true
			}
		}
	}
	var out []string
	for _, d := range dirs {
		if !called[d] {
			out = append(out, d)
		}
	}
	return out
}

func isLocalSource(s string) bool {
	return strings.HasPrefix(s, "./") || strings.HasPrefix(s, "../") || s == "." || s == ".."
}

func (l *loader) rel(p string) string {
	r, err := filepath.Rel(l.root, p)
	if err != nil || strings.HasPrefix(r, "..") {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(r)
}

func (l *loader) errorf(file string, line int, summary, detail string) {
	d := resource.Diagnostic{Error: true, File: file, Line: line, Summary: summary, Detail: detail}
	if !l.seenDiag(d) {
		l.diags = append(l.diags, d)
	}
}

func (l *loader) warnf(file string, line int, summary, detail string) {
	d := resource.Diagnostic{File: file, Line: line, Summary: summary, Detail: detail}
	if !l.seenDiag(d) {
		l.diags = append(l.diags, d)
	}
}

// addDiags converts HCL diagnostics. asError forces error level (a file that did not parse);
// otherwise HCL errors met while evaluating are warnings: the value becomes unknown and the
// scan goes on.
func (l *loader) addDiags(ds hcl.Diagnostics, asError bool) {
	for _, d := range ds {
		rd := resource.Diagnostic{Error: asError && d.Severity == hcl.DiagError, Summary: d.Summary, Detail: d.Detail}
		if d.Subject != nil {
			rd.File = l.rel(d.Subject.Filename)
			rd.Line = d.Subject.Start.Line
			rd.Column = d.Subject.Start.Column
		}
		if !l.seenDiag(rd) {
			l.diags = append(l.diags, rd)
		}
	}
}

// seenDiag keeps a module instantiated many times from repeating the same warning.
func (l *loader) seenDiag(d resource.Diagnostic) bool {
	k := fmt.Sprintf("%s:%d:%d:%s", d.File, d.Line, d.Column, d.Summary)
	if l.diagSeen == nil {
		l.diagSeen = map[string]bool{}
	}
	if l.diagSeen[k] {
		return true
	}
	l.diagSeen[k] = true
	return false
}

func addrString(parts ...string) string { return strings.Join(nonEmpty(parts), ".") }

func nonEmpty(ss []string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// evalRootSafely turns a panic met while evaluating one root module (a bug, never an input's
// fault) into an error naming the directory, so the other roots are still scanned.
func (l *loader) evalRootSafely(dir string) {
	defer func() {
		if r := recover(); r != nil {
			l.errorf(l.rel(dir), 0, "internal error while evaluating this module; please report it", fmt.Sprint(r))
		}
	}()
	l.evalRoot(dir)
}
