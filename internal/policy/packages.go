package policy

import (
	"errors"
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

// pkg is one Rego package as the loaded files declare it (a package may span files).
type pkg struct {
	path    ast.Ref
	modules []string // module names, in load order
	custom  bool
	// annot is the package's METADATA block; the one with a custom section when several.
	annot *ast.Annotations
	deny  *ast.Rule
}

// rule is a loaded rule: its description, where it lives and what it reads.
type rule struct {
	meta   *finding.Rule
	params map[string]any
	pkg    *pkg
	// reads are the input paths the rule's package and the helpers it calls read, truncated
	// at the first variable part ("attributes.ingress" for input.attributes.ingress[_].x).
	// An empty path means the whole input.
	reads []resource.Path
	// alone evaluates this rule by itself, to tell which rule of a type failed at run time.
	alone rego.PreparedEvalQuery
	// graph marks a graph rule: Evaluate leaves it out, EvaluateGraph runs it.
	graph bool
}

// groupPackages gathers modules into packages, in load order. A package declared both by
// the built-in library and by a custom file is an error: Rego would merge their rules.
func groupPackages(srcs []source, mods map[string]*ast.Module) ([]*pkg, []error) {
	var out []*pkg
	var errs []error
	byPath := map[string]*pkg{}
	for _, s := range srcs {
		m := mods[s.name]
		key := m.Package.Path.String()
		p, ok := byPath[key]
		if !ok {
			p = &pkg{path: m.Package.Path, custom: s.custom}
			byPath[key] = p
			out = append(out, p)
		} else if p.custom != s.custom {
			errs = append(errs, fmt.Errorf("%s: package %s is also declared by %s; use another package name",
				position(m.Package.Location), key, p.modules[0]))
			continue
		}
		p.modules = append(p.modules, s.name)
		if err := p.add(m); err != nil {
			errs = append(errs, err)
		}
	}
	return out, errs
}

// add records m's package METADATA and deny rule.
func (p *pkg) add(m *ast.Module) error {
	for _, a := range m.Annotations {
		if a.Scope != "package" {
			continue
		}
		switch {
		case p.annot == nil || len(p.annot.Custom) == 0:
			p.annot = a
		case len(a.Custom) > 0:
			return fmt.Errorf("%s: second METADATA block with a custom section for package %s (first at %s)",
				position(a.Location), p.path, position(p.annot.Location))
		}
	}
	for _, r := range m.Rules {
		if !isDeny(r) {
			continue
		}
		if r.Head.RuleKind() != ast.MultiValue {
			return fmt.Errorf("%s: deny must be a set: write `deny contains ... if { ... }`", position(r.Location))
		}
		if p.deny == nil {
			p.deny = r
		}
	}
	return nil
}

func isDeny(r *ast.Rule) bool {
	ref := r.Head.Ref()
	return len(ref) == 1 && ref[0].Value.Compare(ast.Var("deny")) == 0
}

// buildRules turns the packages that are rules into rules: those with a custom.id or a deny
// set. Every problem is reported, each with its file and line.
func buildRules(pkgs []*pkg) ([]*rule, error) {
	var rules []*rule
	var errs []error
	byID := map[string]*rule{}
	for _, p := range pkgs {
		r, perrs := ruleOf(p)
		if len(perrs) > 0 {
			errs = append(errs, perrs...)
			continue
		}
		if r == nil {
			continue
		}
		if prev, ok := byID[r.meta.ID]; ok {
			errs = append(errs, fmt.Errorf("%s: duplicate rule id %s (also declared at %s)",
				position(p.annot.Location), r.meta.ID, position(prev.pkg.annot.Location)))
			continue
		}
		byID[r.meta.ID] = r
		rules = append(rules, r)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("load policies: %w", errors.Join(errs...))
	}
	return rules, nil
}

// ruleOf reads the rule a package declares; nil for a helper package.
func ruleOf(p *pkg) (*rule, []error) {
	hasID := p.annot != nil && p.annot.Custom["id"] != nil
	switch {
	case !hasID && p.deny == nil:
		return nil, nil
	case !hasID:
		return nil, []error{fmt.Errorf("%s: package %s has a deny rule but no custom.id in a package METADATA block",
			position(p.deny.Location), p.path)}
	case p.deny == nil:
		return nil, []error{fmt.Errorf("%s: rule %v (package %s) has no deny rule",
			position(p.annot.Location), p.annot.Custom["id"], p.path)}
	}
	md, errs := readMetadata(p.annot)
	if len(errs) > 0 {
		return nil, errs
	}
	md.rule.Custom = p.custom
	return &rule{meta: md.rule, params: md.params, pkg: p, graph: md.graph}, nil
}
