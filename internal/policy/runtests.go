package policy

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"
)

// RunTests runs the Rego unit tests (test_* rules) in the .rego files below dirs, the way
// `opa test` does, with the built-in library helpers (data.plumb.lib.*) loaded and
// data.plumb.params holding each rule's parameter defaults, as during a scan. Results are
// written to w in opa test's form, in file and line order; verbose lists passing tests
// too and traces failures. passed and failed count test cases (a test that raises an
// error counts as failed). err reports what kept the tests from running: an unreadable
// directory, a syntax or compile error, invalid rule metadata, or no test at all.
func RunTests(ctx context.Context, dirs []string, verbose bool, w io.Writer) (passed, failed int, err error) {
	if len(dirs) == 0 {
		return 0, 0, errors.New("run tests: no directory given")
	}
	srcs, err := testSources(dirs)
	if err != nil {
		return 0, 0, err
	}
	mods, err := parseSources(srcs)
	if err != nil {
		return 0, 0, err
	}
	pkgs, errs := groupPackages(srcs, mods)
	if len(errs) > 0 {
		return 0, 0, fmt.Errorf("load policies: %w", errors.Join(errs...))
	}
	rules, err := buildRules(pkgs)
	if err != nil {
		return 0, 0, err
	}
	store, err := paramStore(ctx, rules, nil)
	if err != nil {
		return 0, 0, err
	}
	runner := tester.NewRunner().
		SetCompiler(newCompiler().WithEnablePrintStatements(true)).
		SetStore(store).
		SetModules(mods).
		CapturePrintOutput(true).
		EnableTracing(true) // the report shows the line where a failing test stopped
	ch, err := runner.RunTests(ctx, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("compile tests: %w", err)
	}
	results := sortedResults(ch)
	passed, failed = countResults(results)
	if passed+failed == 0 {
		return 0, 0, fmt.Errorf("run tests: no test_ rules in %s", strings.Join(dirs, ", "))
	}
	if err := report(results, verbose, w); err != nil {
		return passed, failed, fmt.Errorf("report test results: %w", err)
	}
	return passed, failed, nil
}

// testSources reads dirs, tests included, and the built-in helpers; a helper package the
// dirs declare themselves (when testing a copy of the library) replaces the built-in one.
func testSources(dirs []string) ([]source, error) {
	user, err := dirSources(dirs, true)
	if err != nil {
		return nil, err
	}
	lib, err := builtinSources(true)
	if err != nil {
		return nil, err
	}
	declared := map[string]bool{}
	for _, s := range user {
		if m, err := ast.ParseModuleWithOpts(s.name, s.text, parserOptions); err == nil && m != nil {
			declared[m.Package.Path.String()] = true
		}
	}
	var out []source
	for _, s := range lib {
		m, err := ast.ParseModuleWithOpts(s.name, s.text, parserOptions)
		if err != nil || m == nil || !declared[m.Package.Path.String()] {
			out = append(out, s)
		}
	}
	return append(out, user...), nil
}

func sortedResults(ch chan *tester.Result) []*tester.Result {
	var results []*tester.Result
	for r := range ch {
		results = append(results, r)
	}
	slices.SortFunc(results, func(a, b *tester.Result) int {
		af, ar := location(a)
		bf, br := location(b)
		return cmp.Or(cmp.Compare(af, bf), cmp.Compare(ar, br), cmp.Compare(a.Name, b.Name))
	})
	return results
}

func location(r *tester.Result) (string, int) {
	if r.Location == nil {
		return "", 0
	}
	return r.Location.File, r.Location.Row
}

// countResults counts test cases as opa test's report does: the leaves of parameterised
// tests, one per plain test; skipped (todo_) tests are not counted.
func countResults(results []*tester.Result) (passed, failed int) {
	for _, r := range results {
		switch {
		case r.Skip:
		case r.Error != nil:
			failed++
		case len(r.SubResults) > 0:
			for _, sr := range r.SubResults.Iter {
				if len(sr.SubResults) > 0 {
					continue
				}
				if sr.Fail {
					failed++
				} else {
					passed++
				}
			}
		case r.Fail:
			failed++
		default:
			passed++
		}
	}
	return passed, failed
}

func report(results []*tester.Result, verbose bool, w io.Writer) error {
	ch := make(chan *tester.Result, len(results))
	for _, r := range results {
		ch <- r
	}
	close(ch)
	return tester.PrettyReporter{Output: w, Verbose: verbose, FailureLine: true}.Report(ch)
}
