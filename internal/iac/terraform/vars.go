package terraform

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// rootVars assigns a root module's variables in Terraform's order of precedence, lowest
// first: defaults, TF_VAR_* environment, terraform.tfvars, terraform.tfvars.json,
// *.auto.tfvars(.json) in name order, then --var-file and --var in the order given.
func (l *loader) rootVars(def *moduleDef) map[string]cty.Value {
	set := map[string]cty.Value{}
	for _, kv := range l.opts.Env {
		name, val, ok := strings.Cut(kv, "=")
		if !ok || !strings.HasPrefix(name, "TF_VAR_") {
			continue
		}
		name = strings.TrimPrefix(name, "TF_VAR_")
		if decl, declared := def.variables[name]; declared {
			set[name] = l.rawVar(decl, val, "<environment TF_VAR_"+name+">")
		}
	}
	for _, f := range autoVarFiles(def.dir) {
		l.readVarFile(f, set)
	}
	for _, f := range l.opts.VarFiles {
		l.readVarFile(f, set)
	}
	for _, kv := range l.opts.Vars {
		name, val, ok := strings.Cut(kv, "=")
		if !ok {
			l.errorf("<--var>", 0, "--var "+kv+" must be NAME=VALUE", "")
			continue
		}
		if decl, declared := def.variables[name]; declared {
			set[name] = l.rawVar(decl, val, "<--var "+name+">")
		}
	}
	return l.moduleVars(def, set, nil)
}

func autoVarFiles(dir string) []string {
	var out []string
	for _, n := range []string{"terraform.tfvars", "terraform.tfvars.json"} {
		if _, err := os.Stat(filepath.Join(dir, n)); err == nil {
			out = append(out, filepath.Join(dir, n))
		}
	}
	entries, _ := os.ReadDir(dir)
	var auto []string
	for _, e := range entries {
		if n := e.Name(); strings.HasSuffix(n, ".auto.tfvars") || strings.HasSuffix(n, ".auto.tfvars.json") {
			auto = append(auto, filepath.Join(dir, n))
		}
	}
	sort.Strings(auto)
	return append(out, auto...)
}

// readVarFile reads a tfvars file into set. Each value, and each element of a list or map
// value, is marked with its own line so a finding can point at it.
func (l *loader) readVarFile(path string, set map[string]cty.Value) {
	body, ok := l.parseFile(path)
	if !ok {
		return
	}
	attrs, diags := body.JustAttributes()
	l.addDiags(diags, true)
	file := l.rel(path)
	for name, a := range attrs {
		v, d := evalExpr(a.Expr, &hcl.EvalContext{}, file)
		l.addDiags(d, true)
		set[name] = v
	}
}

// rawVar reads a value given as text (TF_VAR_*, --var): a string for a string variable,
// otherwise parsed as an HCL expression, as Terraform does.
func (l *loader) rawVar(decl *variableDecl, raw, where string) cty.Value {
	mark := originMark{file: where}
	if decl.typeExpr != nil {
		if t, d := hcl.AbsTraversalForExpr(decl.typeExpr); !d.HasErrors() && t.RootName() == "string" {
			return cty.StringVal(raw).Mark(mark)
		}
	}
	expr, diags := hclsyntax.ParseExpression([]byte(raw), where, hcl.InitialPos)
	if diags.HasErrors() {
		return cty.StringVal(raw).Mark(mark)
	}
	v, diags := expr.Value(nil)
	if diags.HasErrors() {
		return cty.StringVal(raw).Mark(mark)
	}
	return v.Mark(mark)
}

// loadRemoteModules reads .terraform/modules/modules.json, which terraform init writes, so
// that remote modules it downloaded are scanned. Nothing is ever downloaded here.
func (l *loader) loadRemoteModules(rootDir string) {
	path := filepath.Join(rootDir, ".terraform", "modules", "modules.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		return
	}
	var manifest struct {
		Modules []struct {
			Key, Source, Dir string
		}
	}
	if err := json.Unmarshal(raw, &manifest); err != nil {
		l.warnf(l.rel(path), 0, "cannot read the module manifest", err.Error())
		return
	}
	m := map[string]string{}
	for _, mod := range manifest.Modules {
		if mod.Key == "" || mod.Dir == "" {
			continue
		}
		dir := filepath.Clean(filepath.Join(rootDir, mod.Dir))
		if !within(l.root, dir) {
			l.warnf(l.rel(path), 0, "module "+mod.Key+" is outside the scanned directory", dir)
			continue
		}
		m[mod.Key] = dir
	}
	l.remote[rootDir] = m
}

func within(root, p string) bool {
	r, err := filepath.Rel(root, p)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator))
}
