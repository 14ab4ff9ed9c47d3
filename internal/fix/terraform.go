package fix

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"text/template"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

// tfFile is a Terraform file being edited: hclsyntax gives source ranges to find what to
// edit, hclwrite holds the edits and keeps every token it was not asked to change.
type tfFile struct {
	syn *hclsyntax.Body
	wr  *hclwrite.File
	// touched are the indexes of the top-level blocks that were edited: they alone are
	// formatted as terraform fmt would.
	touched map[int]bool
	// companions are blocks to insert after a top-level block, by its index.
	companions map[int][]string
}

func (p *planner) terraformFile(name string) (*file, error) {
	fl, err := p.open(name)
	if err != nil {
		return nil, err
	}
	if fl.tf == nil {
		syn, diags := hclsyntax.ParseConfig(fl.old, name, hcl.InitialPos)
		if diags.HasErrors() {
			return nil, fmt.Errorf("%s does not parse: %s", name, diags.Error())
		}
		wr, diags := hclwrite.ParseConfig(fl.old, name, hcl.InitialPos)
		if diags.HasErrors() {
			return nil, fmt.Errorf("%s does not parse: %s", name, diags.Error())
		}
		fl.tf = &tfFile{syn: syn.Body.(*hclsyntax.Body), wr: wr, touched: map[int]bool{}, companions: map[int][]string{}}
	}
	return fl, nil
}

func (p *planner) fixTerraform(f *finding.Finding, r *resource.Resource) error {
	fx := f.Rule.Fix
	switch {
	case fx.Set != nil:
		path := fx.Set.Path
		if len(path) == 0 {
			path = f.Path
		}
		if len(path) == 0 {
			return fmt.Errorf("the rule's fix names no attribute and the finding has no path")
		}
		return p.setTerraform(f, r, path, fx.Set.Value)
	case fx.Companion != nil && fx.Companion.Terraform != nil:
		if len(f.Path) > 0 {
			if _, ok := r.Locations[resource.Path{f.Path[0]}.String()]; ok {
				// The resource has the setting already, from a companion of its own or
				// an inline block, and the rule finds it wanting: a second companion
				// would fight the first, so the value is set where it is.
				return p.setExisting(f, r)
			}
		}
		return p.companionTerraform(f, r, fx.Companion.Terraform)
	}
	return fmt.Errorf("the rule's fix does not apply to Terraform")
}

// setTerraform writes value at path: where the value was set when it was (the resource
// argument, a module input, a tfvars line), else inside the resource's block.
func (p *planner) setTerraform(f *finding.Finding, r *resource.Resource, path resource.Path, value any) error {
	for _, u := range r.Unknowns {
		if path.HasPrefix(u) || u.HasPrefix(path) {
			return fmt.Errorf("%s is unknown until apply", path)
		}
	}
	decl := r.Locations[""]
	if loc, ok := r.Locations[path.String()]; ok {
		if loc.File != decl.File || len(loc.Via) > 0 || !inside(loc, decl) {
			return p.setAtLine(f, loc, path, value)
		}
	} else {
		// The value is missing; when its parent was merged from another block (a
		// companion resource such as aws_s3_bucket_public_access_block), the attribute
		// goes into that block.
		for i := len(path) - 1; i > 0; i-- {
			loc, ok := r.Locations[path[:i].String()]
			if !ok {
				continue
			}
			if loc.File != decl.File || !inside(loc, decl) {
				name, ok := path[i].(string)
				if i != len(path)-1 || !ok || len(loc.Via) > 0 {
					return fmt.Errorf("%s: %s is not an attribute of the block declared there: fix it by hand", loc, path[i:])
				}
				return p.setInBlock(f, loc, name, value)
			}
			break
		}
	}
	fl, err := p.terraformFile(decl.File)
	if err != nil {
		return err
	}
	top, err := fl.tf.blockAt(decl.StartLine)
	if err != nil {
		return err
	}
	body := fl.tf.wr.Body().Blocks()[top].Body()
	fresh := false // body is a block the fix created
	for i := 0; i < len(path)-1; i++ {
		name, ok := path[i].(string)
		idx, ok2 := path[i+1].(int)
		if !ok || !ok2 {
			return fmt.Errorf("%s is not a nested block path (want block, index, …, attribute)", path)
		}
		if body.GetAttribute(name) != nil {
			return fmt.Errorf("%s is set by an expression, not a block: fix it by hand", path[:i+1])
		}
		if len(blocksOf(body, "dynamic", name)) > 0 {
			return fmt.Errorf("%s comes from a dynamic block: fix it by hand", path[:i+1])
		}
		blocks := blocksOf(body, name)
		switch {
		case idx < len(blocks):
			body = blocks[idx].Body()
		case idx == 0:
			openBody(body)
			body = body.AppendNewBlock(name, nil).Body()
			fresh = true
		default:
			return fmt.Errorf("%s has no block %d", name, idx)
		}
		i++
	}
	name, ok := path[len(path)-1].(string)
	if !ok {
		return fmt.Errorf("%s does not end in an attribute name", path)
	}
	if a := body.GetAttribute(name); a != nil && !literalTokens(a.Expr().BuildTokens(nil)) {
		return fmt.Errorf("%s is set by an expression: fix it by hand", path)
	}
	if !fresh {
		openBody(body)
	}
	body.SetAttributeValue(name, ctyOf(value))
	fl.tf.touched[top] = true
	fl.findings = append(fl.findings, f)
	return nil
}

// inside reports whether loc lies within the block decl.
func inside(loc, decl resource.Location) bool {
	return loc.File == decl.File && loc.StartLine >= decl.StartLine && (decl.EndLine == 0 || loc.StartLine <= decl.EndLine)
}

// setAtLine rewrites the literal value that the attribute starting at loc's line holds: a
// tfvars entry, a module input, or an argument of the resource itself. The name must be the
// path's last segment unless the value came through a variable (Via), and the old literal
// must have the new value's type: anything else means the file writes the value in a shape
// the canonical path does not name, and the fix is left to a person.
func (p *planner) setAtLine(f *finding.Finding, loc resource.Location, path resource.Path, value any) error {
	fl, err := p.terraformFile(loc.File)
	if err != nil {
		return err
	}
	top, chain, attr := findAttr(fl.tf.syn, loc.StartLine)
	if attr == nil {
		return fmt.Errorf("%s: the value is inside an expression Plumb does not rewrite", loc)
	}
	if last, _ := path[len(path)-1].(string); len(loc.Via) == 0 && attr.Name != last {
		return fmt.Errorf("%s: %s is written as %s here: fix it by hand", loc, path, attr.Name)
	}
	if len(loc.Via) > 0 {
		if err := p.soleReader(loc, attr.Name); err != nil {
			return err
		}
	}
	return p.rewriteAttr(f, fl, loc, top, chain, attr, value)
}

// rewriteAttr replaces the literal value of attr, found at loc, with value.
func (p *planner) rewriteAttr(f *finding.Finding, fl *file, loc resource.Location, top int, chain []int, attr *hclsyntax.Attribute, value any) error {
	old, diags := attr.Expr.Value(nil)
	if diags.HasErrors() || !literalExpr(attr.Expr) {
		return fmt.Errorf("%s: %s is set by an expression: fix it by hand", loc, attr.Name)
	}
	if !old.Type().Equals(ctyOf(value).Type()) {
		return fmt.Errorf("%s: %s holds a %s, the fix a %s", loc, attr.Name, old.Type().FriendlyName(), ctyOf(value).Type().FriendlyName())
	}
	body := fl.tf.wr.Body()
	for _, i := range chain {
		body = body.Blocks()[i].Body()
	}
	body.SetAttributeValue(attr.Name, ctyOf(value))
	if top >= 0 {
		fl.tf.touched[top] = true
	}
	fl.findings = append(fl.findings, f)
	return nil
}

// findAttr finds the attribute whose expression starts on line, at any depth, and returns
// the index of its top-level block (-1 for a top-level attribute, as in a tfvars file) and
// the chain of block indexes leading to it.
func findAttr(body *hclsyntax.Body, line int) (int, []int, *hclsyntax.Attribute) {
	for _, a := range body.Attributes {
		if a.Expr.Range().Start.Line == line {
			return -1, nil, a
		}
	}
	for i, b := range body.Blocks {
		if line < b.Range().Start.Line || line > b.Range().End.Line {
			continue
		}
		if _, chain, a := findAttr(b.Body, line); a != nil {
			return i, append([]int{i}, chain...), a
		}
	}
	return -1, nil, nil
}

func literalExpr(e hclsyntax.Expression) bool {
	switch x := e.(type) {
	case *hclsyntax.LiteralValueExpr:
		return true
	case *hclsyntax.TemplateExpr:
		return x.IsStringLiteral()
	}
	return false
}

// literalTokens reports whether an expression's tokens are one literal: a number, a bool,
// or a quoted string without interpolation.
func literalTokens(toks hclwrite.Tokens) bool {
	var kinds []hclsyntax.TokenType
	for _, t := range toks {
		if t.Type != hclsyntax.TokenComment && t.Type != hclsyntax.TokenNewline {
			kinds = append(kinds, t.Type)
		}
	}
	switch {
	case len(kinds) == 1:
		return kinds[0] == hclsyntax.TokenNumberLit || kinds[0] == hclsyntax.TokenIdent
	case len(kinds) == 3:
		return kinds[0] == hclsyntax.TokenOQuote && kinds[1] == hclsyntax.TokenQuotedLit && kinds[2] == hclsyntax.TokenCQuote
	case len(kinds) == 2:
		return kinds[0] == hclsyntax.TokenOQuote && kinds[1] == hclsyntax.TokenCQuote
	}
	return false
}

func blocksOf(body *hclwrite.Body, typ string, labels ...string) []*hclwrite.Block {
	var out []*hclwrite.Block
	for _, b := range body.Blocks() {
		if b.Type() != typ {
			continue
		}
		if len(labels) > 0 && (len(b.Labels()) == 0 || b.Labels()[0] != labels[0]) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// blockAt returns the index of the top-level block declared on line.
func (t *tfFile) blockAt(line int) (int, error) {
	for i, b := range t.syn.Blocks {
		if b.Range().Start.Line <= line && line <= b.Range().End.Line {
			return i, nil
		}
	}
	return 0, fmt.Errorf("no block at line %d", line)
}

func ctyOf(v any) cty.Value {
	switch x := v.(type) {
	case bool:
		return cty.BoolVal(x)
	case int:
		return cty.NumberIntVal(int64(x))
	case float64:
		return cty.NumberFloatVal(x)
	case string:
		return cty.StringVal(x)
	}
	return cty.NilVal
}

// companionTerraform adds a resource after the finding's resource, in the same file, named
// after it and referring to it.
func (p *planner) companionTerraform(f *finding.Finding, r *resource.Resource, c *finding.TerraformCompanion) error {
	decl := r.Locations[""]
	fl, err := p.terraformFile(decl.File)
	if err != nil {
		return err
	}
	top, err := fl.tf.blockAt(decl.StartLine)
	if err != nil {
		return err
	}
	b := fl.tf.syn.Blocks[top]
	if b.Type != "resource" || len(b.Labels) != 2 {
		return fmt.Errorf("%s is not a resource block", decl)
	}
	name := b.Labels[1]
	addr := b.Labels[0] + "." + name
	// One companion per instance of the resource: with count or for_each the companion
	// repeats over the resource's instances and refers to each one.
	ref, meta := addr, ""
	if _, ok := b.Body.Attributes["count"]; ok {
		ref, meta = addr+"[count.index]", "count = length("+addr+")\n\n"
	}
	if fe, ok := b.Body.Attributes["for_each"]; ok {
		// The resource's own for_each expression gives the same keys, and the scan
		// can tie each companion instance to its resource instance.
		rng := fe.Expr.Range()
		ref, meta = addr+"[each.key]", "for_each = "+string(fl.old[rng.Start.Byte:rng.End.Byte])+"\n\n"
	}
	for _, o := range fl.tf.syn.Blocks {
		if o.Type != "resource" || len(o.Labels) != 2 || o.Labels[0] != c.Type {
			continue
		}
		if o.Labels[1] == name {
			return fmt.Errorf("%s already declares %s.%s", decl.File, c.Type, name)
		}
		// A companion that exists for some instances only (count = var.x ? 1 : 0), or
		// that the scan could not tie to the resource: a second one would fight it.
		for _, a := range o.Body.Attributes {
			for _, v := range a.Expr.Variables() {
				if tr := string(fl.old[v.SourceRange().Start.Byte:v.SourceRange().End.Byte]); tr == addr || strings.HasPrefix(tr, addr+".") || strings.HasPrefix(tr, addr+"[") {
					return fmt.Errorf("%s: %s.%s already refers to %s: fix it there by hand", decl.File, c.Type, o.Labels[1], addr)
				}
			}
		}
	}
	var body bytes.Buffer
	tmpl, err := template.New("companion").Option("missingkey=error").Parse(c.Body)
	if err == nil {
		err = tmpl.Execute(&body, map[string]string{"Name": name, "Ref": ref})
	}
	if err != nil {
		return fmt.Errorf("rule %s: companion body: %w", f.Rule.ID, err)
	}
	text := fmt.Sprintf("resource %q %q {\n%s%s\n}\n", c.Type, name, meta, strings.TrimSpace(body.String()))
	if _, diags := hclwrite.ParseConfig([]byte(text), "companion", hcl.InitialPos); diags.HasErrors() {
		return fmt.Errorf("rule %s: companion does not parse: %s", f.Rule.ID, diags.Error())
	}
	text = string(hclwrite.Format([]byte(text)))
	for _, have := range fl.tf.companions[top] {
		if have == text {
			fl.findings = append(fl.findings, f)
			return nil
		}
	}
	fl.tf.companions[top] = append(fl.tf.companions[top], text)
	fl.findings = append(fl.findings, f)
	return nil
}

// bytes renders the edited file: hclwrite's tokens, each touched top-level block formatted
// on its own, then companions inserted after their blocks.
func (t *tfFile) bytes() ([]byte, error) {
	src := t.wr.Bytes()
	syn, diags := hclsyntax.ParseConfig(src, "edited", hcl.InitialPos)
	if diags.HasErrors() {
		return nil, fmt.Errorf("the fixed file would not parse: %s", diags.Error())
	}
	blocks := syn.Body.(*hclsyntax.Body).Blocks
	var out []byte
	at := 0
	for i, b := range blocks {
		rng := b.Range()
		if !t.touched[i] && len(t.companions[i]) == 0 {
			continue
		}
		out = append(out, src[at:rng.Start.Byte]...)
		block := src[rng.Start.Byte:rng.End.Byte]
		if t.touched[i] {
			block = hclwrite.Format(block)
		}
		out = append(out, block...)
		at = rng.End.Byte
		if cs := t.companions[i]; len(cs) > 0 {
			// The rest of the block's last line (a comment, the newline) stays with it.
			nl := bytes.IndexByte(src[at:], '\n')
			if nl < 0 {
				out = append(out, src[at:]...)
				out = append(out, '\n')
				at = len(src)
			} else {
				out = append(out, src[at:at+nl+1]...)
				at += nl + 1
			}
			for _, c := range cs {
				out = append(out, '\n')
				out = append(out, c...)
			}
		}
	}
	out = append(out, src[at:]...)
	if _, diags := hclsyntax.ParseConfig(out, "edited", hcl.InitialPos); diags.HasErrors() {
		return nil, fmt.Errorf("the fixed file would not parse: %s", diags.Error())
	}
	return out, nil
}

// setInBlock sets the attribute name to value inside the block that starts on loc's line
// (a companion resource, or a nested block of one).
func (p *planner) setInBlock(f *finding.Finding, loc resource.Location, name string, value any) error {
	fl, err := p.terraformFile(loc.File)
	if err != nil {
		return err
	}
	chain := findBlock(fl.tf.syn, loc.StartLine)
	if chain == nil {
		return fmt.Errorf("%s: no block starts here to set %s in", loc, name)
	}
	body := fl.tf.wr.Body()
	syn := fl.tf.syn
	for _, i := range chain {
		body = body.Blocks()[i].Body()
		syn = syn.Blocks[i].Body
	}
	if a := body.GetAttribute(name); a != nil && !literalTokens(a.Expr().BuildTokens(nil)) {
		return fmt.Errorf("%s: %s is set by an expression: fix it by hand", loc, name)
	}
	if len(blocksOf(body, name)) > 0 || len(blocksOf(body, "dynamic", name)) > 0 {
		return fmt.Errorf("%s: %s is a block here: fix it by hand", loc, name)
	}
	openBody(body)
	body.SetAttributeValue(name, ctyOf(value))
	fl.tf.touched[chain[0]] = true
	fl.findings = append(fl.findings, f)
	return nil
}

// findBlock returns the chain of block indexes to the block that starts on line.
func findBlock(body *hclsyntax.Body, line int) []int {
	for i, b := range body.Blocks {
		if line < b.Range().Start.Line || line > b.Range().End.Line {
			continue
		}
		if b.Range().Start.Line == line {
			return []int{i}
		}
		if sub := findBlock(b.Body, line); sub != nil {
			return append([]int{i}, sub...)
		}
	}
	return nil
}

// existingFixes say, per canonical path a companion fix reports, how to fix a resource
// that already has the setting in a block of its own: the attribute name in that block
// (the inline form of old providers, or the separate resource) and the value to write.
var existingFixes = map[string][]struct {
	attr  string
	value any
}{
	// aws_s3_bucket_versioning: versioning_configuration { status = "Enabled" };
	// AWS provider 3: versioning { enabled = true } on the bucket.
	"versioning.enabled": {{"status", "Enabled"}, {"enabled", true}},
}

// setExisting fixes a finding whose rule adds a companion, on a resource that already has a
// block for the setting: the value is rewritten (or added) in that block.
func (p *planner) setExisting(f *finding.Finding, r *resource.Resource) error {
	base := r.Locations[resource.Path{f.Path[0]}.String()]
	ways, ok := existingFixes[f.Path.String()]
	if !ok {
		return fmt.Errorf("%s already configures %s and the rule finds it wanting: fix it there by hand", base, f.Path[0])
	}
	if loc, ok := r.Locations[f.Path.String()]; ok {
		fl, err := p.terraformFile(loc.File)
		if err != nil {
			return err
		}
		top, chain, attr := findAttr(fl.tf.syn, loc.StartLine)
		if attr == nil {
			return fmt.Errorf("%s: the value is inside an expression Plumb does not rewrite", loc)
		}
		for _, w := range ways {
			if w.attr == attr.Name || len(loc.Via) > 0 {
				if len(loc.Via) > 0 {
					// Through a variable the name on the line is the variable's: the
					// value's type tells which form the block reads.
					old, diags := attr.Expr.Value(nil)
					if diags.HasErrors() || !old.Type().Equals(ctyOf(w.value).Type()) {
						continue
					}
				}
				if !literalExpr(attr.Expr) {
					return fmt.Errorf("%s: %s is set by an expression: fix it by hand", loc, attr.Name)
				}
				if len(loc.Via) > 0 {
					if err := p.soleReader(loc, attr.Name); err != nil {
						return err
					}
				}
				return p.rewriteAttr(f, fl, loc, top, chain, attr, w.value)
			}
		}
		return fmt.Errorf("%s: %s is written as %s here: fix it by hand", loc, f.Path, attr.Name)
	}
	// The block is there without the attribute: add it, in the form the block takes.
	fl, err := p.terraformFile(base.File)
	if err != nil {
		return err
	}
	chain := findBlock(fl.tf.syn, base.StartLine)
	if chain == nil {
		return fmt.Errorf("%s: no block starts here to fix %s in", base, f.Path)
	}
	syn := fl.tf.syn
	var blk *hclsyntax.Block
	for _, i := range chain {
		blk = syn.Blocks[i]
		syn = blk.Body
	}
	attr := ways[0]
	if blk.Type == f.Path[0] {
		attr = ways[len(ways)-1] // the inline block is named as the canonical attribute
	}
	return p.setInBlock(f, base, attr.attr, attr.value)
}

// soleReader fails unless var.name, which the tfvars line or module argument at loc sets,
// is read once in the module that declares it (the directory of loc.Via[0], the first
// place the value went): a value that also decides other attributes or expressions must
// not change for one finding.
func (p *planner) soleReader(loc resource.Location, name string) error {
	dir := path.Dir(loc.Via[0].File)
	entries, err := os.ReadDir(filepath.Join(p.root, filepath.FromSlash(dir)))
	if err != nil {
		return err
	}
	var reads []string
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".tf") {
			continue
		}
		rel := path.Join(dir, e.Name())
		src, err := os.ReadFile(filepath.Join(p.root, filepath.FromSlash(rel)))
		if err != nil {
			return err
		}
		f, diags := hclsyntax.ParseConfig(src, rel, hcl.InitialPos)
		if diags.HasErrors() {
			return fmt.Errorf("%s does not parse: %s", rel, diags.Error())
		}
		hclsyntax.VisitAll(f.Body.(*hclsyntax.Body), func(n hclsyntax.Node) hcl.Diagnostics {
			if x, ok := n.(*hclsyntax.ScopeTraversalExpr); ok && len(x.Traversal) > 1 && x.Traversal.RootName() == "var" {
				if a, ok := x.Traversal[1].(hcl.TraverseAttr); ok && a.Name == name {
					reads = append(reads, fmt.Sprintf("%s:%d", rel, x.Range().Start.Line))
				}
			}
			return nil
		})
	}
	if len(reads) > 1 {
		return fmt.Errorf("%s: var.%s is read in %d places (%s): changing it would change more than this finding, fix it by hand", loc, name, len(reads), strings.Join(reads, ", "))
	}
	return nil
}

// openBody breaks an empty one-line block (resource "x" "y" {}) after its brace: an
// attribute appended on the brace's line would not parse.
func openBody(body *hclwrite.Body) {
	if len(body.BuildTokens(nil)) == 0 {
		body.AppendNewline()
	}
}
