package policy

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/plumbsec/plumb/internal/finding"
)

// Options say which rules to load and how to run them.
type Options struct {
	// PolicyDirs are directories (or single files) of custom Rego policies. Their rules get
	// Rule.Custom; *_test.rego files are left out.
	PolicyDirs []string
	// Params overlay a rule's custom.parameters defaults, per rule id and parameter name.
	Params map[string]map[string]any
	// Disabled rule ids are not evaluated.
	Disabled []string
	// Severity overrides the severity of the rules named.
	Severity map[string]finding.Severity
	// Only, when not empty, restricts evaluation to the rules named.
	Only []string
	// NoBuiltin leaves out the built-in rules. The library helpers (data.plumb.lib.*) are
	// still loaded, since custom rules import them.
	NoBuiltin bool
}

// wildcardType in custom.types makes a rule apply to every resource type.
const wildcardType = "*"

// Engine evaluates a compiled, immutable set of rules. It is safe for concurrent use.
type Engine struct {
	rules []*rule // the rules Evaluate runs, by id
	// byType holds, for each type some rule names, the query over that type's rules and the
	// wildcard rules; other types get anyType, the query over wildcard rules only.
	byType  map[string]*typeQuery
	anyType *typeQuery
	// graphQuery runs the graph rules, over the whole graph at once; nil when there are none.
	graphQuery *typeQuery
}

// typeQuery is one prepared query returning the deny sets of rules, in order, as an array.
type typeQuery struct {
	rules []*rule
	query rego.PreparedEvalQuery
}

// unsafeBuiltins are refused in every policy: a custom policy from a scanned repository must
// not reach the network or read the scanner's environment (opa.runtime exposes it).
var unsafeBuiltins = map[string]struct{}{
	ast.HTTPSend.Name:        {},
	ast.NetLookupIPAddr.Name: {},
	ast.OPARuntime.Name:      {},
}

func newCompiler() *ast.Compiler {
	return ast.NewCompiler().WithUnsafeBuiltins(unsafeBuiltins).WithDefaultRegoVersion(ast.RegoV1)
}

// LoadAsync starts Load in the background and returns a function that waits for its
// result, so a caller can read its inputs while the rules compile.
func LoadAsync(ctx context.Context, opts Options) func() (*Engine, error) {
	var (
		eng  *Engine
		err  error
		done = make(chan struct{})
	)
	go func() {
		defer close(done)
		eng, err = Load(ctx, opts)
	}()
	return func() (*Engine, error) {
		<-done
		return eng, err
	}
}

// Load reads the built-in library and opts.PolicyDirs, validates every rule's metadata,
// compiles everything and prepares the queries Evaluate runs. Errors name the file and
// line at fault; all metadata problems are reported at once.
func Load(ctx context.Context, opts Options) (*Engine, error) {
	srcs, err := builtinSources(opts.NoBuiltin)
	if err != nil {
		return nil, err
	}
	custom, err := dirSources(opts.PolicyDirs, false)
	if err != nil {
		return nil, err
	}
	srcs = append(srcs, custom...)
	compiler, rules, err := compileRules(srcs)
	if err != nil {
		return nil, err
	}
	active, err := applyOptions(rules, opts)
	if err != nil {
		return nil, err
	}
	store, err := paramStore(ctx, rules, opts.Params)
	if err != nil {
		return nil, err
	}
	e := &Engine{rules: active}
	if err := e.prepare(ctx, compiler, store); err != nil {
		return nil, err
	}
	return e, nil
}

// compileRules parses and compiles srcs and returns the rules among them, each with the
// input paths it reads.
func compileRules(srcs []source) (*ast.Compiler, []*rule, error) {
	mods, err := parseSources(srcs)
	if err != nil {
		return nil, nil, err
	}
	pkgs, errs := groupPackages(srcs, mods)
	if len(errs) > 0 {
		return nil, nil, fmt.Errorf("load policies: %w", errors.Join(errs...))
	}
	rules, err := buildRules(pkgs)
	if err != nil {
		return nil, nil, err
	}
	c := newCompiler()
	if c.Compile(mods); c.Failed() {
		return nil, nil, fmt.Errorf("compile policies: %w", c.Errors)
	}
	computeReads(c, pkgs, rules)
	return c, rules, nil
}

// applyOptions returns the rules to evaluate, sorted by id, with severity overrides applied.
// A rule id in the options that no loaded rule has is an error: it is most likely a typo.
func applyOptions(rules []*rule, opts Options) ([]*rule, error) {
	byID := make(map[string]*rule, len(rules))
	for _, r := range rules {
		byID[r.meta.ID] = r
	}
	var unknown []string
	check := func(field, id string) {
		if byID[id] == nil {
			unknown = append(unknown, fmt.Sprintf("%s (in %s)", id, field))
		}
	}
	for _, id := range opts.Only {
		check("only", id)
	}
	for _, id := range opts.Disabled {
		check("disabled", id)
	}
	for _, id := range sortedKeys(opts.Severity) {
		check("severity", id)
		if r := byID[id]; r != nil {
			r.meta.Severity = opts.Severity[id]
		}
	}
	for _, id := range sortedKeys(opts.Params) {
		check("params", id)
	}
	if len(unknown) > 0 {
		return nil, fmt.Errorf("unknown rule id: %s", strings.Join(unknown, ", "))
	}
	return selectRules(rules, opts.Only, opts.Disabled), nil
}

func selectRules(rules []*rule, only, disabled []string) []*rule {
	in := func(list []string, id string) bool {
		for _, x := range list {
			if x == id {
				return true
			}
		}
		return false
	}
	var out []*rule
	for _, r := range rules {
		if in(disabled, r.meta.ID) || (len(only) > 0 && !in(only, r.meta.ID)) {
			continue
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].meta.ID < out[j].meta.ID })
	return out
}

// paramStore holds data.plumb.params[id] for every rule: the custom.parameters defaults
// with the configured values laid over them, parameter by parameter.
func paramStore(ctx context.Context, rules []*rule, overrides map[string]map[string]any) (storage.Store, error) {
	params := make(map[string]any, len(rules))
	for _, r := range rules {
		p := make(map[string]any, len(r.params))
		for k, v := range r.params {
			p[k] = v
		}
		for k, v := range overrides[r.meta.ID] {
			p[k] = v
		}
		params[r.meta.ID] = p
	}
	store := inmem.NewWithOpts(inmem.OptRoundTripOnWrite(true))
	root := map[string]any{"plumb": map[string]any{"params": params}}
	if err := storage.WriteOne(ctx, store, storage.AddOp, storage.Path{}, root); err != nil {
		return nil, fmt.Errorf("rule parameters: %w", err)
	}
	return store, nil
}

// Rules returns the rules Evaluate runs (after Disabled and Only), sorted by id, with
// severity overrides applied. The values are shared with findings; do not modify them.
func (e *Engine) Rules() []*finding.Rule {
	out := make([]*finding.Rule, len(e.rules))
	for i, r := range e.rules {
		out[i] = r.meta
	}
	return out
}
