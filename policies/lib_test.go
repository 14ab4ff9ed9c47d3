package policies_test

import (
	"context"
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/plumbsec/plumb/policies"
)

// TestLib runs the Rego unit tests of the helper packages under lib/ from the embedded
// copy, so it also proves that the library is embedded.
func TestLib(t *testing.T) {
	modules := map[string]*ast.Module{}
	err := fs.WalkDir(policies.FS, "lib", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(name) != ".rego" {
			return err
		}
		src, err := fs.ReadFile(policies.FS, name)
		if err != nil {
			return err
		}
		m, err := ast.ParseModuleWithOpts(name, string(src), ast.ParserOptions{RegoVersion: ast.RegoV1})
		if err != nil {
			return err
		}
		modules[name] = m
		return nil
	})
	if err != nil {
		t.Fatalf("read embedded lib: %v", err)
	}
	if countTests(modules) == 0 {
		t.Fatal("no lib tests found in the embedded library")
	}

	ch, err := tester.NewRunner().SetModules(modules).RunTests(context.Background(), nil)
	if err != nil {
		t.Fatalf("compile lib: %v", err)
	}
	ran := 0
	for r := range ch {
		ran++
		if r.Error != nil {
			t.Errorf("%s:%d: %s.%s: error: %v", r.Location.File, r.Location.Row, r.Package, r.Name, r.Error)
		} else if !r.Pass() {
			t.Errorf("%s:%d: %s.%s: failed", r.Location.File, r.Location.Row, r.Package, r.Name)
		}
	}
	if want := countTests(modules); ran != want {
		t.Errorf("ran %d tests, want %d", ran, want)
	}
}

func countTests(modules map[string]*ast.Module) int {
	n := 0
	for _, m := range modules {
		for _, r := range m.Rules {
			if strings.HasPrefix(r.Head.Name.String(), "test_") {
				n++
			}
		}
	}
	return n
}
