package policy

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/plumbsec/plumb/internal/workers"
	"github.com/plumbsec/plumb/policies"
)

// source is one Rego file to load.
type source struct {
	// name is how messages name the file: "policies/aws/s3/x/rule.rego" for the built-in
	// library, the path as found below the directory given for custom policies.
	name   string
	text   string
	custom bool
}

// builtinLibPrefix is where the helper packages live in the embedded library.
const builtinLibPrefix = "lib/"

// builtinSources reads the embedded library: the helpers always, the rules unless libOnly.
// Test files are left out: they belong to `go test ./policies/...`.
func builtinSources(libOnly bool) ([]source, error) {
	var out []source
	err := fs.WalkDir(policies.FS, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !isRego(name) || isRegoTest(name) {
			return nil
		}
		if libOnly && !strings.HasPrefix(name, builtinLibPrefix) {
			return nil
		}
		b, err := fs.ReadFile(policies.FS, name)
		if err != nil {
			return err
		}
		out = append(out, source{name: path.Join("policies", name), text: string(b)})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read built-in policies: %w", err)
	}
	return out, nil
}

// dirSources reads the .rego files below each of dirs (a dir may also name one file).
// withTests keeps *_test.rego files. A dir that does not exist or holds no Rego is an
// error: a mistyped --policy must not silently scan with fewer rules.
func dirSources(dirs []string, withTests bool) ([]source, error) {
	var out []source
	seen := map[string]bool{}
	for _, dir := range dirs {
		files, err := regoFiles(dir, withTests)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			abs, err := filepath.Abs(f)
			if err != nil {
				return nil, fmt.Errorf("policy file %s: %w", f, err)
			}
			if seen[abs] {
				continue
			}
			seen[abs] = true
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("read policy file: %w", err)
			}
			out = append(out, source{name: f, text: string(b), custom: true})
		}
	}
	return out, nil
}

// regoFiles lists the Rego files below dir in lexical order, skipping hidden directories
// (.git and the like).
func regoFiles(dir string, withTests bool) ([]string, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("policy dir: %w", err)
	}
	keep := func(name string) bool { return isRego(name) && (withTests || !isRegoTest(name)) }
	if !info.IsDir() {
		if !keep(dir) {
			return nil, fmt.Errorf("policy file %s: not a .rego file", dir)
		}
		return []string{dir}, nil
	}
	var files []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != dir && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if !d.IsDir() && keep(p) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("policy dir %s: %w", dir, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("policy dir %s: no .rego files in it", dir)
	}
	return files, nil
}

func isRego(name string) bool     { return strings.HasSuffix(name, ".rego") }
func isRegoTest(name string) bool { return strings.HasSuffix(name, "_test.rego") }

// parserOptions parses Rego v1 and keeps METADATA blocks.
var parserOptions = ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1}

// parseSources parses every source, reporting all syntax errors at once rather than the
// first. Modules are keyed by source name.
func parseSources(srcs []source) (map[string]*ast.Module, error) {
	// Parsing is a quarter of loading the library and each file parses on its own: spread it
	// over the cores, then report in source order.
	parsed := make([]*ast.Module, len(srcs))
	perr := make([]error, len(srcs))
	workers.Each(len(srcs), func(i int) {
		parsed[i], perr[i] = ast.ParseModuleWithOpts(srcs[i].name, srcs[i].text, parserOptions)
	})
	mods := make(map[string]*ast.Module, len(srcs))
	var errs []error
	for i, s := range srcs {
		m, err := parsed[i], perr[i]
		if astErrs, ok := err.(ast.Errors); ok {
			for _, e := range astErrs {
				errs = append(errs, e)
			}
			continue
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if m == nil {
			errs = append(errs, fmt.Errorf("%s: no package declaration", s.name))
			continue
		}
		mods[s.name] = m
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("parse policies: %w", errors.Join(errs...))
	}
	return mods, nil
}
