package policy

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

// outcome is what the rules made of one resource.
type outcome struct {
	findings []*finding.Finding
	skipped  []finding.Skip
}

// Evaluate runs, on each resource, the rules that read its type, spread over
// runtime.GOMAXPROCS(0) goroutines. Findings come back sorted by resource key, rule id and
// path; skipped lists the checks that were not decided, sorted by resource key and rule id:
// because a value the rule reads is unknown (Skip.Paths), or because the rule failed at run
// time on that resource (Skip.Error). A rule's failure never stops the others. err is
// non-nil only when the evaluation as a whole stopped (ctx was cancelled); the other
// results are then nil.
func (e *Engine) Evaluate(ctx context.Context, rs []*resource.Resource) (findings []*finding.Finding, skipped []finding.Skip, err error) {
	outs := make([]outcome, len(rs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(rs)) {
		wg.Go(func() {
			conv := newConverter()
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= len(rs) {
					return
				}
				outs[i] = e.evaluateResource(ctx, conv, rs[i])
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, fmt.Errorf("evaluate policies: %w", err)
	}
	for _, o := range outs {
		findings = append(findings, o.findings...)
		skipped = append(skipped, o.skipped...)
	}
	sortFindings(findings)
	slices.SortStableFunc(skipped, func(a, b finding.Skip) int {
		return cmp.Or(cmp.Compare(a.ResourceKey, b.ResourceKey), cmp.Compare(a.RuleID, b.RuleID))
	})
	return findings, skipped, nil
}

// sortFindings orders findings by resource key, rule id, path and message. Path strings are
// computed once, not at every comparison.
func sortFindings(fs []*finding.Finding) {
	type keyed struct {
		f    *finding.Finding
		path string
	}
	ks := make([]keyed, len(fs))
	for i, f := range fs {
		ks[i] = keyed{f, f.Path.String()}
	}
	slices.SortStableFunc(ks, func(a, b keyed) int {
		return cmp.Or(
			cmp.Compare(a.f.ResourceKey, b.f.ResourceKey),
			cmp.Compare(a.f.Rule.ID, b.f.Rule.ID),
			cmp.Compare(a.path, b.path),
			cmp.Compare(a.f.Message, b.f.Message),
		)
	})
	for i, k := range ks {
		fs[i] = k.f
	}
}

// queryFor returns the query for resources of type t, nil when no rule applies.
func (e *Engine) queryFor(t string) *typeQuery {
	if tq, ok := e.byType[t]; ok {
		return tq
	}
	return e.anyType
}

// evaluateResource runs the type's query once. When it fails, each rule runs alone so
// that one rule's error costs only that rule's verdict.
func (e *Engine) evaluateResource(ctx context.Context, conv *converter, res *resource.Resource) outcome {
	if res == nil {
		return outcome{}
	}
	tq := e.queryFor(res.Type)
	if tq == nil {
		return outcome{}
	}
	var out outcome
	input, err := conv.inputValue(res)
	if err != nil {
		for _, r := range tq.rules {
			out.skipped = append(out.skipped, errorSkip(r, res, err))
		}
		return out
	}
	sets, err := evalDeny(ctx, tq.query, input, len(tq.rules))
	if err != nil {
		for _, r := range tq.rules {
			sets, err := evalDeny(ctx, r.alone, input, 1)
			if err != nil {
				out.skipped = append(out.skipped, errorSkip(r, res, err))
				continue
			}
			out.judge(r, res, sets[0])
		}
		return out
	}
	for i, r := range tq.rules {
		out.judge(r, res, sets[i])
	}
	return out
}

// rawTerm hands the query result over as the AST term it is, skipping the conversion to
// Go values that Eval would otherwise make.
func rawTerm(t *ast.Term, _ *rego.EvalContext) (any, error) { return t, nil }

// evalDeny evaluates a deny query and returns its n deny sets.
func evalDeny(ctx context.Context, q rego.PreparedEvalQuery, input ast.Value, n int) ([]*ast.Term, error) {
	rs, err := q.Eval(ctx, rego.EvalParsedInput(input), rego.EvalGenerateJSON(rawTerm))
	if err != nil {
		return nil, err
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return nil, errors.New("deny query is undefined")
	}
	t, ok := rs[0].Expressions[0].Value.(*ast.Term)
	if !ok {
		return nil, fmt.Errorf("deny query returned %T", rs[0].Expressions[0].Value)
	}
	arr, ok := t.Value.(*ast.Array)
	if !ok || arr.Len() != n {
		return nil, fmt.Errorf("deny query returned %v, want an array of %d sets", t, n)
	}
	sets := make([]*ast.Term, n)
	for i := range n {
		sets[i] = arr.Elem(i)
	}
	return sets, nil
}

// judge turns one rule's deny set on res into findings, keeping the rule from firing
// because of an unknown value: a denial whose path overlaps an unknown the rule reads is
// dropped, and the check is recorded as skipped when anything was dropped or nothing fired.
func (o *outcome) judge(r *rule, res *resource.Resource, deny *ast.Term) {
	denials, err := decodeDeny(deny)
	if err != nil {
		o.skipped = append(o.skipped, errorSkip(r, res, fmt.Errorf("rule %s: %w", r.meta.ID, err)))
		return
	}
	unknowns := r.relevantUnknowns(res)
	dropped := false
	for _, d := range denials {
		if overlapsAny(d.path, unknowns) {
			dropped = true
			continue
		}
		o.findings = append(o.findings, newFinding(r, res, d))
	}
	if len(unknowns) > 0 && (dropped || len(denials) == 0) {
		o.skipped = append(o.skipped, finding.Skip{
			RuleID: r.meta.ID, ResourceKey: res.Key, Paths: unknowns, Location: res.LocationOf(unknowns[0]),
		})
	}
}

func overlapsAny(p resource.Path, paths []resource.Path) bool {
	for _, q := range paths {
		if p.Overlaps(q) {
			return true
		}
	}
	return false
}

func newFinding(r *rule, res *resource.Resource, d denial) *finding.Finding {
	loc := res.LocationOf(d.path)
	return &finding.Finding{
		Rule:         r.meta,
		ResourceKey:  res.Key,
		ResourceRoot: res.Root,
		ResourceType: res.Type,
		Module:       res.Module,
		Origin:       res.Origin,
		Path:         d.path,
		Message:      d.msg,
		Location:     loc,
		Status:       finding.Open,
		Fingerprint:  finding.Fingerprint(r.meta.ID, res.Key, d.path, loc.File),
	}
}

func errorSkip(r *rule, res *resource.Resource, err error) finding.Skip {
	return finding.Skip{
		RuleID: r.meta.ID, ResourceKey: res.Key, Location: res.LocationOf(nil), Error: err.Error(),
	}
}
