package compliance

import (
	"sort"

	"github.com/plumbsec/plumb/internal/finding"
)

// ControlCoverage is one control and the rules that map to it.
type ControlCoverage struct {
	Control *Control
	// Extra marks an id that a rule names but the catalog does not have (a custom rule's
	// typo or a control the catalog leaves out); it is listed, never counted in the total.
	Extra bool
	Rules []*finding.Rule
}

// Coverage is which controls of a framework a set of rules covers.
type Coverage struct {
	Framework *Framework
	// Controls are in catalog order, then the extra ids sorted.
	Controls []ControlCoverage
}

// CoverageOf maps rules onto the controls of f.
func CoverageOf(f *Framework, rules []*finding.Rule) *Coverage {
	byID := map[string][]*finding.Rule{}
	for _, r := range sortedRules(rules) {
		for _, id := range uniq(r.Controls[f.Key]) {
			byID[id] = append(byID[id], r)
		}
	}
	cov := &Coverage{Framework: f}
	for _, c := range f.Controls() {
		cov.Controls = append(cov.Controls, ControlCoverage{Control: c, Rules: byID[c.ID]})
		delete(byID, c.ID)
	}
	extra := make([]string, 0, len(byID))
	for id := range byID {
		extra = append(extra, id)
	}
	sort.Strings(extra)
	for _, id := range extra {
		c := &Control{ID: id, Title: "not in the " + f.Title() + " catalog", Section: "Other"}
		cov.Controls = append(cov.Controls, ControlCoverage{Control: c, Extra: true, Rules: byID[id]})
	}
	return cov
}

// Total is the number of controls in the catalog.
func (c *Coverage) Total() int {
	n := 0
	for _, cc := range c.Controls {
		if !cc.Extra {
			n++
		}
	}
	return n
}

// Covered is the number of catalog controls at least one rule maps to.
func (c *Coverage) Covered() int {
	n := 0
	for _, cc := range c.Controls {
		if !cc.Extra && len(cc.Rules) > 0 {
			n++
		}
	}
	return n
}

// Rules is the number of distinct rules that map to at least one control.
func (c *Coverage) Rules() int {
	seen := map[string]bool{}
	for _, cc := range c.Controls {
		for _, r := range cc.Rules {
			seen[r.ID] = true
		}
	}
	return len(seen)
}

func sortedRules(rules []*finding.Rule) []*finding.Rule {
	out := append([]*finding.Rule(nil), rules...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func uniq(ids []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
