package terraform

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/zclconf/go-cty/cty"

	"github.com/plumbsec/plumb/internal/resource"
)

// moduleDef is one directory of Terraform configuration, parsed once however many times it is
// instantiated.
type moduleDef struct {
	dir   string   // absolute
	files []string // absolute paths of the files that parsed
	// read lists every file read for the module (relative), diags what parsing it reported:
	// both belong to the scan once, however many roots use the module.
	read      []string
	diags     resource.Diagnostics
	refAttrs  map[string]map[string]bool
	bodies    []*hclsyntax.Body // the native files' bodies, for walks over every expression
	variables map[string]*variableDecl
	locals    map[string]*attrDecl
	resources []*resourceDecl
	byAddr    map[string]*resourceDecl // "type.name" or "data.type.name"
	calls     []*moduleCall
	outputs   map[string]*attrDecl
}

type attrDecl struct {
	name string
	expr hcl.Expression
	file string // relative to the scan root
	rng  hcl.Range
}

type variableDecl struct {
	name       string
	def        hcl.Expression // nil when no default
	typeExpr   hcl.Expression
	file       string
	rng        hcl.Range
	hasDefault bool
}

type resourceDecl struct {
	mode     string // "resource" or "data"
	typ      string
	name     string
	body     hcl.Body
	count    hcl.Expression
	forEach  hcl.Expression
	file     string
	declRng  hcl.Range // the header line
	blockRng hcl.Range // header to closing brace
	travs    []hcl.Traversal
}

func (r *resourceDecl) addr() string {
	if r.mode == "data" {
		return "data." + r.typ + "." + r.name
	}
	return r.typ + "." + r.name
}

type moduleCall struct {
	name     string
	source   string
	body     hcl.Body
	count    hcl.Expression
	forEach  hcl.Expression
	file     string
	declRng  hcl.Range
	blockRng hcl.Range
	travs    []hcl.Traversal
}

var topSchema = &hcl.BodySchema{
	Blocks: []hcl.BlockHeaderSchema{
		{Type: "variable", LabelNames: []string{"name"}},
		{Type: "locals"},
		{Type: "output", LabelNames: []string{"name"}},
		{Type: "module", LabelNames: []string{"name"}},
		{Type: "resource", LabelNames: []string{"type", "name"}},
		{Type: "data", LabelNames: []string{"type", "name"}},
		{Type: "provider", LabelNames: []string{"name"}},
		{Type: "terraform"},
		{Type: "moved"}, {Type: "import"}, {Type: "removed"},
		{Type: "check", LabelNames: []string{"name"}},
	},
}

var variableSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{
		{Name: "default"}, {Name: "type"}, {Name: "description"}, {Name: "sensitive"},
		{Name: "nullable"}, {Name: "ephemeral"},
	},
	Blocks: []hcl.BlockHeaderSchema{{Type: "validation"}},
}

var outputSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{
		{Name: "value"}, {Name: "description"}, {Name: "sensitive"}, {Name: "depends_on"},
		{Name: "ephemeral"},
	},
	Blocks: []hcl.BlockHeaderSchema{{Type: "precondition"}},
}

var metaSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "count"}, {Name: "for_each"}, {Name: "source"}},
}

// tfFiles lists the configuration files of a directory in the order Terraform reads them:
// .tf and .tf.json, overrides last.
func tfFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var primary, overrides []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || strings.HasPrefix(n, ".") || strings.HasSuffix(n, "~") || strings.HasPrefix(n, "#") {
			continue
		}
		if !strings.HasSuffix(n, ".tf") && !strings.HasSuffix(n, ".tf.json") {
			continue
		}
		base := strings.TrimSuffix(strings.TrimSuffix(n, ".json"), ".tf")
		if base == "override" || strings.HasSuffix(base, "_override") {
			overrides = append(overrides, filepath.Join(dir, n))
		} else {
			primary = append(primary, filepath.Join(dir, n))
		}
	}
	sort.Strings(primary)
	sort.Strings(overrides)
	return append(primary, overrides...), nil
}

// defCache holds each module directory's parsed definition, shared by every root module
// that uses it and by the goroutines that evaluate them.
type defCache struct {
	mu   sync.Mutex
	defs map[string]*defEntry
}

type defEntry struct {
	once sync.Once
	def  *moduleDef
}

func (c *defCache) entry(dir string) *defEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.defs[dir]
	if !ok {
		e = &defEntry{}
		c.defs[dir] = e
	}
	return e
}

// all returns every parsed definition, by directory.
func (c *defCache) all() []*moduleDef {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []*moduleDef
	for _, dir := range sortedNames(c.defs) {
		if d := c.defs[dir].def; d != nil {
			out = append(out, d)
		}
	}
	return out
}

// parseModule returns dir's definition, parsing it once per scan.
func (l *loader) parseModule(dir string) *moduleDef {
	e := l.cache.entry(dir)
	e.once.Do(func() {
		p := &loader{root: l.root, opts: l.opts, cache: l.cache, files: map[string]bool{}}
		e.def = p.parseDir(dir)
		e.def.diags = p.diags
		e.def.read = sortedNames(p.files)
	})
	return e.def
}

// parseDir reads every configuration file of dir. A file that does not parse is reported
// and left out; the rest of the directory is still read.
func (l *loader) parseDir(dir string) *moduleDef {
	m := &moduleDef{dir: dir, variables: map[string]*variableDecl{}, locals: map[string]*attrDecl{},
		byAddr: map[string]*resourceDecl{}, outputs: map[string]*attrDecl{}}
	files, err := tfFiles(dir)
	if err != nil {
		l.errorf(l.rel(dir), 0, "cannot read directory", err.Error())
		return m
	}
	for _, f := range files {
		body, ok := l.parseFile(f)
		if !ok {
			continue
		}
		m.files = append(m.files, f)
		if sb, ok := body.(*hclsyntax.Body); ok {
			m.bodies = append(m.bodies, sb)
		}
		l.addBody(m, body, l.rel(f))
	}
	for _, r := range m.resources {
		r.travs = bodyTraversals(r.body)
	}
	for _, c := range m.calls {
		c.travs = bodyTraversals(c.body)
	}
	m.refAttrs = collectRefAttrs(m)
	return m
}

func (l *loader) parseFile(path string) (hcl.Body, bool) {
	src, err := os.ReadFile(path)
	if err != nil {
		l.errorf(l.rel(path), 0, "cannot read file", err.Error())
		return nil, false
	}
	l.files[l.rel(path)] = true
	var f *hcl.File
	var diags hcl.Diagnostics
	if strings.HasSuffix(path, ".json") {
		f, diags = hcljson.Parse(src, path)
	} else {
		f, diags = hclsyntax.ParseConfig(src, path, hcl.InitialPos)
	}
	if diags.HasErrors() {
		l.addDiags(diags, true)
		return nil, false
	}
	return f.Body, true
}

func (l *loader) addBody(m *moduleDef, body hcl.Body, file string) {
	content, _, diags := body.PartialContent(topSchema)
	l.addDiags(diags, false)
	for _, b := range content.Blocks {
		switch b.Type {
		case "variable":
			l.addVariable(m, b, file)
		case "locals":
			attrs, d := b.Body.JustAttributes()
			l.addDiags(d, false)
			for name, a := range attrs {
				m.locals[name] = &attrDecl{name: name, expr: a.Expr, file: file, rng: a.Range}
			}
		case "output":
			c, _, d := b.Body.PartialContent(outputSchema)
			l.addDiags(d, false)
			if a, ok := c.Attributes["value"]; ok {
				m.outputs[b.Labels[0]] = &attrDecl{name: b.Labels[0], expr: a.Expr, file: file, rng: a.Range}
			}
		case "resource", "data":
			l.addResource(m, b, file)
		case "module":
			l.addCall(m, b, file)
		}
	}
}

func (l *loader) addVariable(m *moduleDef, b *hcl.Block, file string) {
	c, _, d := b.Body.PartialContent(variableSchema)
	l.addDiags(d, false)
	v := &variableDecl{name: b.Labels[0], file: file, rng: b.DefRange}
	if a, ok := c.Attributes["default"]; ok {
		v.def, v.hasDefault = a.Expr, true
	}
	if a, ok := c.Attributes["type"]; ok {
		v.typeExpr = a.Expr
	}
	m.variables[v.name] = v
}

func (l *loader) addResource(m *moduleDef, b *hcl.Block, file string) {
	c, rest, d := b.Body.PartialContent(metaSchema)
	l.addDiags(d, false)
	r := &resourceDecl{mode: b.Type, typ: b.Labels[0], name: b.Labels[1], body: rest, file: file,
		declRng: b.DefRange, blockRng: blockRange(b)}
	if a, ok := c.Attributes["count"]; ok {
		r.count = a.Expr
	}
	if a, ok := c.Attributes["for_each"]; ok {
		r.forEach = a.Expr
	}
	if prev, dup := m.byAddr[r.addr()]; dup {
		if isOverrideFile(file) && overrideBody(prev, r) {
			return
		}
		l.warnf(file, b.DefRange.Start.Line, "duplicate "+b.Type+" "+r.addr(),
			"also declared at "+prev.file)
		return
	}
	m.byAddr[r.addr()] = r
	m.resources = append(m.resources, r)
}

func (l *loader) addCall(m *moduleDef, b *hcl.Block, file string) {
	c, rest, d := b.Body.PartialContent(metaSchema)
	l.addDiags(d, false)
	call := &moduleCall{name: b.Labels[0], body: rest, file: file, declRng: b.DefRange, blockRng: blockRange(b)}
	if a, ok := c.Attributes["source"]; ok {
		v, d := a.Expr.Value(nil)
		if d.HasErrors() || !v.IsKnown() || v.IsNull() || !v.Type().Equals(cty.String) {
			l.warnf(file, a.Range.Start.Line, "module "+call.name+": source must be a literal string", "")
		} else {
			call.source = v.AsString()
		}
	}
	if a, ok := c.Attributes["count"]; ok {
		call.count = a.Expr
	}
	if a, ok := c.Attributes["for_each"]; ok {
		call.forEach = a.Expr
	}
	m.calls = append(m.calls, call)
}

// blockRange is the range from a block's header to its closing brace.
func blockRange(b *hcl.Block) hcl.Range {
	if sb, ok := b.Body.(*hclsyntax.Body); ok {
		return hcl.RangeBetween(b.DefRange, sb.SrcRange)
	}
	return b.DefRange
}

func isOverrideFile(file string) bool {
	base := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(file), ".json"), ".tf")
	return base == "override" || strings.HasSuffix(base, "_override")
}

// overrideBody merges a block from an override file into the block it overrides, as
// Terraform does: each argument it sets replaces the original's, and each nested block type
// it writes replaces all the original's blocks of that type. Values keep the override file's
// lines. It reports false for bodies it cannot merge (JSON), which are then reported.
func overrideBody(orig, over *resourceDecl) bool {
	ob, ok1 := orig.body.(*hclsyntax.Body)
	nb, ok2 := over.body.(*hclsyntax.Body)
	if !ok1 || !ok2 {
		return false
	}
	merged := *ob
	merged.Attributes = hclsyntax.Attributes{}
	for k, a := range ob.Attributes {
		merged.Attributes[k] = a
	}
	for k, a := range nb.Attributes {
		merged.Attributes[k] = a
	}
	replaced := map[string]bool{}
	for _, b := range nb.Blocks {
		replaced[b.Type] = true
	}
	merged.Blocks = nil
	for _, b := range ob.Blocks {
		if !replaced[b.Type] {
			merged.Blocks = append(merged.Blocks, b)
		}
	}
	merged.Blocks = append(merged.Blocks, nb.Blocks...)
	orig.body = &merged
	if over.count != nil {
		orig.count = over.count
	}
	if over.forEach != nil {
		orig.forEach = over.forEach
	}
	return true
}
