package fix

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"
	"gopkg.in/yaml.v3"

	"github.com/plumbsec/plumb/internal/drift"
	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// DriftRuleID is the rule id of the findings that stand for drifted values in the edits
// PlanDrift returns: each edit's Findings name the values it writes back.
const DriftRuleID = "drift"

// DriftEntry is one drifted resource of an IaC-vs-live drift run, as a report or the store
// gives it.
type DriftEntry struct {
	store.DriftEntry
	// DeclaredRoot and DeclaredKey name the IaC resource the live one was matched with,
	// when the report says (plumb drift -o json --against does); empty otherwise, and the
	// resource is then found by its key or its name.
	DeclaredRoot, DeclaredKey string
}

// DriftNote is a drift entry, or one value of it, that was not written back, with why.
type DriftNote struct {
	Key, Type string
	Kind      store.DriftKind
	// Path is the value's path, nil when the note is about the whole entry.
	Path  resource.Path
	Risky bool
	Rules []string
	// Reason says why, for a person to act on.
	Reason string
}

// PlanDrift works out the edits that write the live values of benign changed drift back
// into the IaC that declared them: the file and line of each value's location (the resource
// block, a tfvars line, a module input, a manifest or values line). resources are the IaC
// resources scanned under root, the state the drift was computed against. Only literal
// values are rewritten, each whole or not at all; risky drift, added and removed resources,
// values that IaC leaves unknown or computes, and values that are no longer what the drift
// run saw are returned as notes.
func PlanDrift(entries []DriftEntry, resources []*resource.Resource, root string) ([]Edit, []DriftNote) {
	p := &planner{root: root, files: map[string]*file{}, byKey: map[[2]string]*resource.Resource{}}
	desired := drift.Desired(resources)
	byType := map[string][]int{}
	for i, r := range resources {
		p.byKey[[2]string{r.Root, r.Key}] = r
		byType[r.Type] = append(byType[r.Type], i)
	}
	var notes []DriftNote
	note := func(e DriftEntry, path resource.Path, format string, args ...any) {
		notes = append(notes, DriftNote{Key: e.Key, Type: e.Type, Kind: e.Kind, Path: path, Risky: e.Verdict == store.Risky, Rules: e.Rules,
			Reason: fmt.Sprintf(format, args...)})
	}
	for _, e := range entries {
		switch {
		case e.Kind == store.Added:
			note(e, nil, "exists live but is not declared (import it into the IaC, or delete it)%s", rulesOf(e))
			continue
		case e.Kind == store.Removed:
			note(e, nil, "declared but not found live (remove it from the IaC, or re-apply it)")
			continue
		case e.Verdict == store.Risky:
			note(e, nil, "risky drift%s: revert it instead", rulesOf(e))
			continue
		}
		i, err := declaring(e, resources, desired, byType[e.Type])
		if err != nil {
			note(e, nil, "%v", err)
			continue
		}
		r, want := resources[i], desired[i]
		for _, c := range e.Changes {
			c.Path = locate(want.Attributes, c.Path)
			if err := p.writeBack(r, want, c); err != nil {
				note(e, c.Path, "%v", err)
			}
		}
	}
	edits, errs := p.finish()
	for _, fe := range errs {
		for _, f := range fe.findings {
			notes = append(notes, DriftNote{Key: f.ResourceKey, Type: f.ResourceType, Kind: store.Changed, Path: f.Path, Reason: fe.err.Error()})
		}
	}
	return edits, notes
}

// declaring finds, among the IaC resources of the entry's type (candidates), the one the
// live resource was matched with: by the key the report names, else by key (Kubernetes
// objects have the same key in a manifest and live), else by the name the provider knows
// it by, which an AWS ARN ends with. Several candidates are narrowed to those whose values
// are what the drift run saw.
func declaring(e DriftEntry, resources, desired []*resource.Resource, candidates []int) (int, error) {
	pick := func(ok func(r *resource.Resource) bool) []int {
		var out []int
		for _, i := range candidates {
			if ok(resources[i]) {
				out = append(out, i)
			}
		}
		return out
	}
	var found []int
	switch {
	case e.DeclaredKey != "":
		found = pick(func(r *resource.Resource) bool {
			return r.Key == e.DeclaredKey && (e.DeclaredRoot == "" || r.Root == e.DeclaredRoot)
		})
	default:
		if found = pick(func(r *resource.Resource) bool { return r.Key == e.Key }); len(found) == 0 {
			found = pick(func(r *resource.Resource) bool { return namedBy(r, e.Key) })
		}
	}
	if len(found) > 1 {
		var same []int
		for _, i := range found {
			if holdsBefore(desired[i], e.Changes) {
				same = append(same, i)
			}
		}
		found = same
	}
	switch len(found) {
	case 0:
		if e.DeclaredKey != "" {
			return 0, fmt.Errorf("the drift run matched it with %s (module root %q), which is not under the path: give plumb fix the directory plumb drift --against read", e.DeclaredKey, e.DeclaredRoot)
		}
		return 0, fmt.Errorf("no IaC resource under the path declares it")
	case 1:
		return found[0], nil
	}
	var keys []string
	for _, i := range found {
		keys = append(keys, resources[i].Root+":"+resources[i].Key)
	}
	return 0, fmt.Errorf("several IaC resources could declare it (%s): not written back", strings.Join(keys, ", "))
}

// namedBy reports whether a live key (an ARN) names the IaC resource r: it ends with the
// name that drift.Identity matches r by, after a ':' or a '/'; or r is of a type an account
// has one of.
func namedBy(r *resource.Resource, liveKey string) bool {
	id := drift.Identity(r)
	if id == r.Type {
		return true
	}
	_, name, ok := strings.Cut(id, "=")
	if !ok || name == "" {
		return false
	}
	return strings.HasSuffix(liveKey, ":"+name) || strings.HasSuffix(liveKey, "/"+name)
}

// holdsBefore reports whether the IaC values are those the drift run compared.
func holdsBefore(r *resource.Resource, changes []store.Change) bool {
	for _, c := range changes {
		v, _ := resource.Get(r.Attributes, locate(r.Attributes, c.Path))
		if !sameValue(v, c.Before) {
			return false
		}
	}
	return true
}

// sameValue compares two values as JSON writes them: 2, int64(2) and 2.0 are the same.
func sameValue(a, b any) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	ja, err1 := json.Marshal(jsonSafe(a))
	jb, err2 := json.Marshal(jsonSafe(b))
	return err1 == nil && err2 == nil && string(ja) == string(jb)
}

// jsonSafe replaces what encoding/json cannot write.
func jsonSafe(v any) any {
	switch x := v.(type) {
	case resource.Unknown:
		return resource.UnknownMarker
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = jsonSafe(e)
		}
		return m
	case []any:
		s := make([]any, len(x))
		for i, e := range x {
			s[i] = jsonSafe(e)
		}
		return s
	}
	return v
}

// writeBack writes one changed value, c.After, where r declares it. want is r as the drift
// compared it (Kubernetes defaults stripped).
func (p *planner) writeBack(r, want *resource.Resource, c store.Change) error {
	path := c.Path
	if len(path) == 0 {
		return fmt.Errorf("the whole resource changed")
	}
	if c.After == nil {
		return fmt.Errorf("removed live (remove it from the IaC by hand)")
	}
	value, ok := plainValue(c.After)
	if !ok {
		return fmt.Errorf("live value %s is not a plain value: write it back by hand", short(c.After))
	}
	for _, u := range r.Unknowns {
		if path.Overlaps(u) {
			return fmt.Errorf("unknown in the IaC until apply (computed)")
		}
	}
	now, _ := resource.Get(want.Attributes, path)
	switch {
	case sameValue(now, value):
		return fmt.Errorf("the IaC already holds the live value %s", short(value))
	case !sameValue(now, c.Before):
		return fmt.Errorf("the IaC holds %s, not %s as when the drift was computed: run plumb drift again", short(now), short(c.Before))
	}
	f := &finding.Finding{
		Rule: &finding.Rule{ID: DriftRuleID, Title: fmt.Sprintf("%s: %s -> %s (live value)", path, short(c.Before), short(value)),
			Fix: &finding.Fix{Set: &finding.SetFix{Path: path, Value: value}}},
		ResourceKey: r.Key, ResourceRoot: r.Root, ResourceType: r.Type, Origin: r.Origin,
		Path: path, Location: r.LocationOf(path), Status: finding.Open,
	}
	switch r.Origin {
	case resource.OriginTerraform:
		if c.Before == nil {
			return fmt.Errorf("set live only, not declared in the IaC: declare it by hand")
		}
		loc, ok := r.Locations[path.String()]
		if !ok {
			return fmt.Errorf("no file line sets it: write it back by hand")
		}
		if err := p.literalTerraform(loc, c.Before); err != nil {
			return err
		}
		if !p.feedsOnly(loc, r, path) {
			return fmt.Errorf("%s also sets other values (other count or for_each instances, module instances or resources): write it back by hand", loc)
		}
		if err := p.readOnce(loc); err != nil {
			return err
		}
		if done, err := p.setObjectItem(f, loc, path, value); done || err != nil {
			return err
		}
		return p.setTerraform(f, r, path, value)
	case resource.OriginKubernetes, resource.OriginHelm, resource.OriginKustomize:
		if r.Origin != resource.OriginKubernetes && c.Before != nil {
			loc := r.Locations[path.String()]
			if err := p.literalYAML(loc, c.Before); err != nil {
				return err
			}
			if len(loc.Via) > 0 && p.feedsOnly(loc, r, path) {
				return p.setValuesLine(f, loc, value)
			}
		}
		return p.fixYAML(f, r)
	}
	return fmt.Errorf("live values are not written back into %s sources", r.Origin)
}

// plainValue returns v as the writers take it: a string, a bool, an int for a whole number,
// a float64 otherwise; false for anything else.
func plainValue(v any) (any, bool) {
	switch x := v.(type) {
	case string, bool:
		return x, true
	case int:
		return x, true
	case int64:
		return int(x), true
	case int32:
		return int(x), true
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<53 {
			return int(x), true
		}
		return x, true
	case json.Number:
		if n, err := x.Int64(); err == nil {
			return int(n), true
		}
		f, err := x.Float64()
		return f, err == nil
	}
	return nil, false
}

func short(v any) string {
	b, err := json.Marshal(jsonSafe(v))
	if err != nil {
		return fmt.Sprint(v)
	}
	s := string(b)
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

// setObjectItem rewrites a value written as an item of an object literal (tags = { team =
// "a" }), in the resource's block or where a variable's value was set (Via). It reports
// false, without error, when the location is not such an item, for setTerraform to handle.
func (p *planner) setObjectItem(f *finding.Finding, loc resource.Location, path resource.Path, value any) (bool, error) {
	fl, err := p.terraformFile(loc.File)
	if err != nil {
		return false, err
	}
	top, chain, attr, keys := findItem(fl.tf.syn, loc.StartLine)
	if attr == nil {
		return false, nil
	}
	// The keys from the attribute to the item must be the path's end, and without a
	// variable in between, the attribute's name the segment before them.
	if len(keys) >= len(path) {
		return true, fmt.Errorf("%s: the value's place does not match %s: write it back by hand", loc, path)
	}
	tail := path[len(path)-len(keys):]
	for i, k := range keys {
		if s, _ := tail[i].(string); s != k {
			return true, fmt.Errorf("%s: %s is written as %s here: write it back by hand", loc, path, strings.Join(keys, "."))
		}
	}
	if name, _ := path[len(path)-len(keys)-1].(string); len(loc.Via) == 0 && name != attr.Name {
		return true, fmt.Errorf("%s: %s is written as %s here: write it back by hand", loc, path, attr.Name)
	}
	body := fl.tf.wr.Body()
	for _, i := range chain {
		body = body.Blocks()[i].Body()
	}
	wa := body.GetAttribute(attr.Name)
	if wa == nil {
		return true, fmt.Errorf("%s: %s not found", loc, attr.Name)
	}
	// The expression as edited so far (an earlier value of the same object may have been
	// written back), re-parsed to find the item's bytes.
	src := wa.Expr().BuildTokens(nil).Bytes()
	expr, diags := hclsyntax.ParseExpression(src, loc.File, hcl.InitialPos)
	if diags.HasErrors() {
		return true, fmt.Errorf("%s: %s does not parse: %s", loc, attr.Name, diags.Error())
	}
	item := itemAt(expr, keys)
	if item == nil {
		return true, fmt.Errorf("%s: %s not found in %s", loc, strings.Join(keys, "."), attr.Name)
	}
	if !literalExpr(item.ValueExpr) {
		return true, fmt.Errorf("%s: %s is set by an expression, not a literal: write it back by hand", loc, path)
	}
	old, diags := item.ValueExpr.Value(nil)
	nv := ctyOf(value)
	if diags.HasErrors() || nv == cty.NilVal || !old.Type().Equals(nv.Type()) {
		return true, fmt.Errorf("%s: %s holds a %s, the live value is a %s: write it back by hand", loc, path, old.Type().FriendlyName(), nv.Type().FriendlyName())
	}
	rng := item.ValueExpr.Range()
	lit := strings.TrimLeft(string(hclwrite.TokensForValue(nv).Bytes()), " ")
	edited := string(src[:rng.Start.Byte]) + lit + string(src[rng.End.Byte:])
	wf, diags := hclwrite.ParseConfig([]byte("x ="+edited+"\n"), loc.File, hcl.InitialPos)
	if diags.HasErrors() || wf.Body().GetAttribute("x") == nil {
		return true, fmt.Errorf("%s: the written-back %s would not parse", loc, attr.Name)
	}
	body.SetAttributeRaw(attr.Name, wf.Body().GetAttribute("x").Expr().BuildTokens(nil))
	if top >= 0 {
		fl.tf.touched[top] = true
	}
	fl.findings = append(fl.findings, f)
	return true, nil
}

// findItem finds the attribute holding an object literal with an item whose value starts on
// line, at any depth: the index of its top-level block (-1 for a top-level attribute), the
// chain of block indexes to it, and the keys from the attribute down to the item.
func findItem(body *hclsyntax.Body, line int) (int, []int, *hclsyntax.Attribute, []string) {
	for _, a := range body.Attributes {
		r := a.Expr.Range()
		if line < r.Start.Line || line > r.End.Line {
			continue
		}
		if keys := itemKeys(a.Expr, line); keys != nil {
			return -1, nil, a, keys
		}
	}
	for i, b := range body.Blocks {
		if line < b.Range().Start.Line || line > b.Range().End.Line {
			continue
		}
		if _, chain, a, keys := findItem(b.Body, line); a != nil {
			return i, append([]int{i}, chain...), a, keys
		}
	}
	return -1, nil, nil, nil
}

// itemKeys returns the keys to the object item whose value starts on line, nil when there
// is none or a key is not a plain name or string.
func itemKeys(e hclsyntax.Expression, line int) []string {
	o, ok := e.(*hclsyntax.ObjectConsExpr)
	if !ok {
		return nil
	}
	for _, it := range o.Items {
		k, ok := itemKey(it)
		if !ok {
			continue
		}
		if it.ValueExpr.StartRange().Start.Line == line {
			if _, nested := it.ValueExpr.(*hclsyntax.ObjectConsExpr); !nested {
				return []string{k}
			}
		}
		if sub := itemKeys(it.ValueExpr, line); sub != nil {
			return append([]string{k}, sub...)
		}
	}
	return nil
}

func itemKey(it hclsyntax.ObjectConsItem) (string, bool) {
	v, diags := it.KeyExpr.Value(nil)
	if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}

// itemAt descends an object literal by keys.
func itemAt(e hclsyntax.Expression, keys []string) *hclsyntax.ObjectConsItem {
	var found *hclsyntax.ObjectConsItem
	for _, k := range keys {
		o, ok := e.(*hclsyntax.ObjectConsExpr)
		if !ok {
			return nil
		}
		found = nil
		for i := range o.Items {
			if name, ok := itemKey(o.Items[i]); ok && name == k {
				found = &o.Items[i]
			}
		}
		if found == nil {
			return nil
		}
		e = found.ValueExpr
	}
	return found
}

// SortNotes orders notes by key and path.
func SortNotes(notes []DriftNote) {
	sort.SliceStable(notes, func(i, j int) bool {
		if notes[i].Key != notes[j].Key {
			return notes[i].Key < notes[j].Key
		}
		return notes[i].Path.String() < notes[j].Path.String()
	})
}

// locate returns p as a path into attrs. A report writes paths with dots between segments,
// so a key holding dots (an annotation, a tag) reads back as several segments: when attrs
// has no value at p, the segments are regrouped into the keys attrs does have.
func locate(attrs map[string]any, p resource.Path) resource.Path {
	if _, ok := resource.Get(attrs, p); ok || len(p) == 0 {
		return p
	}
	parts := strings.Split(p.String(), ".")
	if q := regroup(attrs, parts); q != nil {
		return q
	}
	// A value the IaC lacks (set live only) is reported at the first key the IaC does not
	// have, so the parts after the deepest mapping the IaC has are that one key.
	for n := len(parts) - 1; n >= 1; n-- {
		q := regroup(attrs, parts[:n])
		if q == nil {
			continue
		}
		if v, _ := resource.Get(attrs, q); v != nil {
			if _, ok := v.(map[string]any); ok {
				return append(q, strings.Join(parts[n:], "."))
			}
		}
		break
	}
	return p
}

func regroup(v any, parts []string) resource.Path {
	if len(parts) == 0 {
		return resource.Path{}
	}
	switch x := v.(type) {
	case map[string]any:
		for n := len(parts); n >= 1; n-- {
			k := strings.Join(parts[:n], ".")
			if e, ok := x[k]; ok {
				if rest := regroup(e, parts[n:]); rest != nil {
					return append(resource.Path{k}, rest...)
				}
			}
		}
	case []any:
		if i, err := strconv.Atoi(parts[0]); err == nil && i >= 0 && i < len(x) {
			if rest := regroup(x[i], parts[1:]); rest != nil {
				return append(resource.Path{i}, rest...)
			}
		}
	}
	return nil
}

func rulesOf(e DriftEntry) string {
	if len(e.Rules) == 0 {
		return ""
	}
	return " (breaks " + strings.Join(e.Rules, ", ") + ")"
}

// literalTerraform checks that the line at loc writes the value before as one literal: an
// argument, or an item of an object literal. A value computed from what the line holds (an
// interpolation of a variable, a function of it) is refused, since writing the live value
// there would change something else.
func (p *planner) literalTerraform(loc resource.Location, before any) error {
	fl, err := p.terraformFile(loc.File)
	if err != nil {
		return err
	}
	var expr hclsyntax.Expression
	if _, _, a := findAttr(fl.tf.syn, loc.StartLine); a != nil {
		expr = a.Expr
	}
	if _, _, a, keys := findItem(fl.tf.syn, loc.StartLine); a != nil {
		if it := itemAt(a.Expr, keys); it != nil {
			expr = it.ValueExpr
		}
	}
	if expr == nil || !literalExpr(expr) {
		return fmt.Errorf("%s: the value is computed by an expression, not written as a literal: write it back by hand", loc)
	}
	v, diags := expr.Value(nil)
	if diags.HasErrors() || !sameValue(goValue(v), before) {
		return fmt.Errorf("%s: the value is computed from what is written here, not written as it is: write it back by hand", loc)
	}
	return nil
}

// goValue converts a literal's value.
func goValue(v cty.Value) any {
	if v.IsNull() || !v.IsKnown() {
		return nil
	}
	switch v.Type() {
	case cty.String:
		return v.AsString()
	case cty.Bool:
		return v.True()
	case cty.Number:
		f, _ := v.AsBigFloat().Float64()
		return f
	}
	return nil
}

// literalYAML checks that a values file or overlay line (Helm, Kustomize) writes the value
// before as it is, not something a template computes the value from.
func (p *planner) literalYAML(loc resource.Location, before any) error {
	if loc.IsZero() {
		return nil // fixYAML refuses what no file line sets
	}
	fl, err := p.open(loc.File)
	if err != nil {
		return err
	}
	docs, err := yamlDocs(fl.yaml)
	if err != nil {
		lines := strings.Split(string(fl.yaml), "\n")
		if loc.StartLine < 1 || loc.StartLine > len(lines) {
			return fmt.Errorf("%s: line out of range", loc)
		}
		m := templateLine.FindStringSubmatch(strings.TrimRight(lines[loc.StartLine-1], "\r"))
		var v any
		if m == nil || yaml.Unmarshal([]byte(m[4]), &v) != nil || !sameValue(v, before) {
			return fmt.Errorf("%s: the template computes the value: write it back by hand", loc)
		}
		return nil
	}
	_, val := scalarAtLine(docs, loc.StartLine)
	var v any
	if val == nil || val.Decode(&v) != nil || !sameValue(v, before) {
		return fmt.Errorf("%s: the value is computed from what is written here, not written as it is: write it back by hand", loc)
	}
	return nil
}

// feedsOnly reports whether the line at loc sets the value at path of r and nothing else
// among the scanned resources: a Terraform line shared by count instances or by the
// instances of a module would change them all, and a chart's values.yaml line that feeds
// this value alone can be written whatever its key is named (replicaCount for spec.replicas).
func (p *planner) feedsOnly(loc resource.Location, r *resource.Resource, path resource.Path) bool {
	for _, o := range p.byKey {
		for k, l := range o.Locations {
			if l.File != loc.File || l.StartLine != loc.StartLine {
				continue
			}
			// The value's own path, the attributes holding it written on the same line
			// (tags = { team = "a" }), and the canonical pod copy are the same value.
			if o == r && (resource.ParsePath(k).Overlaps(path) || strings.HasPrefix(k, "pod.")) {
				continue
			}
			return false
		}
	}
	return true
}

// setValuesLine rewrites the scalar of the key: value pair on loc's line.
func (p *planner) setValuesLine(f *finding.Finding, loc resource.Location, value any) error {
	fl, err := p.open(loc.File)
	if err != nil {
		return err
	}
	docs, err := yamlDocs(fl.yaml)
	if err != nil {
		return fmt.Errorf("%s: %w", loc.File, err)
	}
	_, val := scalarAtLine(docs, loc.StartLine)
	if val == nil {
		return fmt.Errorf("%s: the value is not a plain key: value Plumb can rewrite", loc)
	}
	return p.replaceScalar(fl, f, val, value)
}

// readOnce checks, for a value that reached the attribute through a variable (a tfvars
// line, a module input), that the module declaring the variable reads it once: a variable
// also read elsewhere ("${var.env}-logs") would change there too.
func (p *planner) readOnce(loc resource.Location) error {
	if len(loc.Via) == 0 {
		return nil
	}
	fl, err := p.terraformFile(loc.File)
	if err != nil {
		return err
	}
	_, _, attr := findAttr(fl.tf.syn, loc.StartLine)
	if attr == nil {
		if _, _, a, _ := findItem(fl.tf.syn, loc.StartLine); a != nil {
			attr = a
		}
	}
	if attr == nil {
		return fmt.Errorf("%s: the value's line is not an argument: write it back by hand", loc)
	}
	dir := path.Dir(loc.Via[0].File)
	names, err := fs.Glob(os.DirFS(p.root), path.Join(dir, "*.tf"))
	if err != nil || len(names) == 0 {
		return fmt.Errorf("%s: cannot read the module that declares var.%s", loc, attr.Name)
	}
	reads := 0
	for _, n := range names {
		src, err := os.ReadFile(filepath.Join(p.root, filepath.FromSlash(n)))
		if err != nil {
			return err
		}
		f, diags := hclsyntax.ParseConfig(src, n, hcl.InitialPos)
		if diags.HasErrors() {
			return fmt.Errorf("%s does not parse: %s", n, diags.Error())
		}
		hclsyntax.VisitAll(f.Body.(*hclsyntax.Body), func(node hclsyntax.Node) hcl.Diagnostics {
			if e, ok := node.(*hclsyntax.ScopeTraversalExpr); ok && len(e.Traversal) >= 2 && e.Traversal.RootName() == "var" {
				if a, ok := e.Traversal[1].(hcl.TraverseAttr); ok && a.Name == attr.Name {
					reads++
				}
			}
			return nil
		})
	}
	if reads > 1 {
		return fmt.Errorf("%s: var.%s is read %d times in %s: writing it would change the others too: write it back by hand", loc, attr.Name, reads, dir)
	}
	return nil
}
