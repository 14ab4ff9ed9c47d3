package cloudformation

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"gopkg.in/yaml.v3"

	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/resource"
)

// Options are the inputs a deployment would take besides the template.
type Options struct {
	// ParamFiles are --cfn-params files, applied in order to every template that declares
	// the parameters they name (a later file wins). They may also give pseudo parameters
	// such as AWS::Region and AWS::AccountId.
	ParamFiles []string
}

// Load reads the templates in files (absolute paths) and returns their resources, with
// every path relative to root. Problems with one file are diagnostics; the other files are
// still read.
func Load(root string, files []string, opts Options) *iac.Result {
	l := &loader{root: root, exports: map[string][]string{}}
	res := &iac.Result{}
	var pfs []*paramFile
	var pfRels []string
	for _, p := range opts.ParamFiles {
		abs, err := filepath.Abs(p)
		if err != nil {
			abs = p
		}
		rel := l.rel(abs)
		pf, d := readParamFile(abs, rel)
		if d != nil {
			res.Diagnostics = append(res.Diagnostics, *d)
			continue
		}
		pfs = append(pfs, pf)
		pfRels = append(pfRels, rel)
	}
	// Templates are parsed and evaluated in parallel; results are gathered in file order.
	ts := make([]*template, len(files))
	readDiags := make([]*resource.Diagnostic, len(files))
	parallel(len(files), func(i int) {
		ts[i], readDiags[i] = l.read(files[i], l.rel(files[i]), pfs)
	})
	for i, f := range files {
		res.Files = append(res.Files, l.rel(f))
		if readDiags[i] != nil {
			res.Diagnostics = append(res.Diagnostics, *readDiags[i])
		}
	}
	// Exports first, in order: a template may import what another one exports.
	for _, t := range ts {
		if t != nil {
			t.safely(t.collectExports)
		}
	}
	out := make([][]*resource.Resource, len(ts))
	parallel(len(ts), func(i int) {
		if t := ts[i]; t != nil {
			t.safely(func() { out[i] = t.resources() })
		}
	})
	for i, t := range ts {
		if t != nil {
			res.Resources = append(res.Resources, out[i]...)
			res.Diagnostics = append(res.Diagnostics, t.diags...)
		}
	}
	res.Diagnostics = append(res.Diagnostics, unusedParams(pfs, pfRels)...)
	sort.Strings(res.Files)
	return res
}

// parallel runs f(0..n-1) on every core.
func parallel(n int, f func(i int)) {
	workers := runtime.GOMAXPROCS(0)
	if workers > n {
		workers = n
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		}()
	}
	wg.Wait()
}

type loader struct {
	root string
	// exports maps an export name to the resources its value was read from, across every
	// template of the scan, so Fn::ImportValue becomes an edge to the exporting resource.
	// It is written while exports are collected, one template at a time, and only read
	// while resources are evaluated in parallel.
	exports map[string][]string
}

func (l *loader) rel(p string) string {
	r, err := filepath.Rel(l.root, p)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(r)
}

// read parses one template and reads its sections.
func (l *loader) read(path, rel string, pfs []*paramFile) (t *template, d *resource.Diagnostic) {
	defer func() {
		if r := recover(); r != nil {
			t, d = nil, &resource.Diagnostic{Error: true, File: rel,
				Summary: "internal error while reading this template; please report it", Detail: fmt.Sprint(r)}
		}
	}()
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, &resource.Diagnostic{Error: true, File: rel, Summary: "cannot read CloudFormation template", Detail: err.Error()}
	}
	root, err := parse(src)
	if err != nil {
		d := &resource.Diagnostic{Error: true, File: rel, Summary: "CloudFormation template does not parse", Detail: err.Error()}
		if pe, ok := err.(*parseError); ok {
			d.Line, d.Detail = pe.line, pe.msg
		}
		return nil, d
	}
	if root.Kind != yaml.MappingNode {
		return nil, &resource.Diagnostic{Error: true, File: rel, Line: root.Line,
			Summary: "CloudFormation template is not a mapping of sections", Detail: "expected Resources, Parameters, ... at the top level"}
	}
	t = newTemplate(l, rel, root)
	t.maxSteps = minSteps + stepsPerByte*len(src)
	t.readParameters(t.section("Parameters"), pfs)
	return t, nil
}

// template is one template being evaluated.
type template struct {
	l          *loader
	file       string
	root       *yaml.Node
	params     map[string]*param
	mappings   *yaml.Node
	conditions map[string]*yaml.Node
	condState  map[string]tri
	condBusy   map[string]bool
	// keys maps a logical id to the key of the resource it names (after the SAM transform,
	// so a Ref to a serverless function points at its AWS::Lambda::Function), for the
	// resources the stack creates.
	keys  map[string]string
	decls map[string]*resourceDecl
	sam   bool
	diags resource.Diagnostics
	seen  map[string]bool
	// steps counts evaluation steps, up to maxSteps.
	steps, maxSteps int
}

func newTemplate(l *loader, file string, root *yaml.Node) *template {
	t := &template{l: l, file: file, root: root, params: map[string]*param{}, conditions: map[string]*yaml.Node{},
		condState: map[string]tri{}, condBusy: map[string]bool{}, keys: map[string]string{},
		decls: map[string]*resourceDecl{}, seen: map[string]bool{}}
	t.mappings = t.section("Mappings")
	ks, vs := mapEntries(t.section("Conditions"))
	for i, k := range ks {
		t.conditions[k.Value] = vs[i]
	}
	t.sam = hasSAMTransform(t.section("Transform"))
	t.checkTransforms(t.section("Transform"))
	return t
}

func (t *template) section(name string) *yaml.Node {
	n, _ := lookup(t.root, name)
	return deref(n)
}

// safely turns a panic (a bug, never the input's fault) into a diagnostic, so the other
// templates are still scanned.
func (t *template) safely(f func()) {
	defer func() {
		if r := recover(); r != nil {
			t.diags = append(t.diags, resource.Diagnostic{Error: true, File: t.file,
				Summary: "internal error while evaluating this template; please report it", Detail: fmt.Sprint(r)})
		}
	}()
	f()
}

func (t *template) warn(line int, summary, detail string) {
	k := fmt.Sprintf("%d\x00%s\x00%s", line, summary, detail)
	if t.seen[k] {
		return
	}
	t.seen[k] = true
	t.diags = append(t.diags, resource.Diagnostic{File: t.file, Line: line, Summary: summary, Detail: detail})
}

// nodeLoc is the lines a node spans.
func (t *template) nodeLoc(n *yaml.Node) resource.Location {
	return resource.Location{File: t.file, StartLine: n.Line, EndLine: endLine(n)}
}

// checkTransforms reports macros other than SAM: what they would change is not seen.
func (t *template) checkTransforms(n *yaml.Node) {
	if n == nil {
		return
	}
	names := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		names = n.Content
	}
	for _, m := range names {
		m = deref(m)
		if m == nil || m.Kind != yaml.ScalarNode {
			continue
		}
		switch m.Value {
		case samTransform, "AWS::LanguageExtensions":
		default:
			t.warn(m.Line, "CloudFormation macro "+m.Value+" is not run",
				"resources are scanned as written; whatever the macro would add or change is not seen")
		}
	}
}

// resourceDecl is a resource as the template declares it.
type resourceDecl struct {
	id, typ string
	keyNode *yaml.Node
	body    *yaml.Node
}

func (d *resourceDecl) prop(name string) *yaml.Node {
	props, _ := lookup(d.body, "Properties")
	v, _ := lookup(props, name)
	return deref(v)
}

// declared lists the Resources section, in order, and decides which resources the stack
// creates: those whose Condition is not known to be false.
func (t *template) declared() []*resourceDecl {
	ks, vs := mapEntries(t.section("Resources"))
	if len(ks) == 0 {
		t.warn(t.root.Line, "CloudFormation template declares no Resources", "")
	}
	var out []*resourceDecl
	for i, k := range ks {
		body := deref(vs[i])
		if strings.HasPrefix(k.Value, "Fn::ForEach::") {
			t.warn(k.Line, "Fn::ForEach is not expanded", "the resources it would create are not scanned")
			continue
		}
		tn, _ := lookup(body, "Type")
		tn = deref(tn)
		if tn == nil || tn.Kind != yaml.ScalarNode || tn.Value == "" {
			t.warn(k.Line, "resource "+k.Value+" has no Type", "it is not scanned")
			continue
		}
		d := &resourceDecl{id: k.Value, typ: tn.Value, keyNode: k, body: body}
		if cn, _ := lookup(body, "Condition"); cn != nil {
			cn = deref(cn)
			if cn.Kind == yaml.ScalarNode && t.cond(cn.Value, cn.Line) == triFalse {
				continue
			}
		}
		out = append(out, d)
		t.decls[d.id] = d
	}
	for _, d := range out {
		t.keys[d.id] = key(t.deployedType(d.typ), d.id)
	}
	if t.sam {
		t.addGeneratedKeys(out)
	}
	return out
}

func key(typ, id string) string { return typ + " " + id }

// resources evaluates every resource the stack creates.
func (t *template) resources() []*resource.Resource {
	decls := t.declared()
	var evaluated []*evaluatedResource
	for _, d := range decls {
		if e := t.evaluate(d); e != nil {
			evaluated = append(evaluated, e)
		}
	}
	if t.sam {
		evaluated = t.transformSAM(evaluated)
	}
	out := make([]*resource.Resource, 0, len(evaluated))
	for _, e := range evaluated {
		out = append(out, t.emit(e))
	}
	return out
}

// evaluatedResource is a resource with its properties evaluated, before it becomes a
// resource.Resource (the SAM transform works on these).
type evaluatedResource struct {
	id, typ   string
	decl      resource.Location
	props     *val // a map
	dependsOn []string
}

func (t *template) evaluate(d *resourceDecl) *evaluatedResource {
	e := &evaluatedResource{id: d.id, typ: d.typ, decl: resource.Location{File: t.file, StartLine: d.keyNode.Line, EndLine: endLine(d.body)}}
	if pn, _ := lookup(d.body, "Properties"); pn != nil {
		v := t.eval(pn, 0)
		switch v.kind {
		case mapKind:
			e.props = v
		case unknownKind:
			t.warn(pn.Line, "the properties of "+d.id+" depend on a value that is not known before deployment",
				"the resource is not scanned")
			return nil
		case noValueKind:
		default:
			if !(v.kind == scalarKind && v.scalar == nil) {
				t.warn(pn.Line, "the Properties of "+d.id+" are not a mapping", "the resource is scanned without them")
			}
		}
	}
	if e.props == nil {
		e.props = mapVal(e.decl)
	}
	if dn, _ := lookup(d.body, "DependsOn"); dn != nil {
		dn = deref(dn)
		names := []*yaml.Node{dn}
		if dn.Kind == yaml.SequenceNode {
			names = dn.Content
		}
		for _, n := range names {
			if n.Kind == yaml.ScalarNode {
				e.dependsOn = append(e.dependsOn, n.Value)
			}
		}
	}
	return e
}

// emit turns an evaluated resource into a native resource with its locations, unknowns and
// references.
func (t *template) emit(e *evaluatedResource) *resource.Resource {
	r := &resource.Resource{Key: key(e.typ, e.id), Type: e.typ, Origin: resource.OriginCloudFormation,
		Attributes: map[string]any{}}
	r.SetLocation(resource.Path{}, e.decl)
	em := &emitter{r: r, keys: t.keys, seen: map[resource.Reference]bool{}}
	for _, k := range e.props.keys {
		if v, ok := em.value(e.props.m[k], resource.Path{k}); ok {
			r.Attributes[k] = v
		}
	}
	for _, d := range e.dependsOn {
		if k, ok := t.keys[d]; ok {
			em.ref("", k)
		}
	}
	return r
}

type emitter struct {
	r    *resource.Resource
	keys map[string]string
	seen map[resource.Reference]bool
}

// value converts v at p, recording its location, references and unknowns. It reports false
// for a value that removes the property (AWS::NoValue, null).
func (em *emitter) value(v *val, p resource.Path) (any, bool) {
	if v.kind == noValueKind || v.kind == scalarKind && v.scalar == nil {
		return nil, false
	}
	em.r.SetLocation(p, v.location())
	for _, k := range v.refs {
		em.ref(p.String(), k)
	}
	switch v.kind {
	case unknownKind:
		em.r.Unknowns = append(em.r.Unknowns, p)
		return resource.Unknown{}, true
	case mapKind:
		m := make(map[string]any, len(v.keys))
		for _, k := range v.keys {
			if g, ok := em.value(v.m[k], p.Append(k)); ok {
				m[k] = g
			}
		}
		return m, true
	case listKind:
		l := make([]any, 0, len(v.items))
		for _, e := range v.items {
			if g, ok := em.value(e, p.Append(len(l))); ok {
				l = append(l, g)
			}
		}
		return l, true
	}
	return v.scalar, true
}

func (em *emitter) ref(attr, target string) {
	if target == em.r.Key {
		return
	}
	ref := resource.Reference{Attribute: attr, Target: target}
	if !em.seen[ref] {
		em.seen[ref] = true
		em.r.References = append(em.r.References, ref)
	}
}

// collectExports records what each export of the template's Outputs was read from.
func (t *template) collectExports() {
	t.declared()
	ks, vs := mapEntries(t.section("Outputs"))
	for i := range ks {
		out := deref(vs[i])
		if cn, _ := lookup(out, "Condition"); cn != nil && deref(cn).Kind == yaml.ScalarNode && t.cond(deref(cn).Value, cn.Line) == triFalse {
			continue
		}
		exp, _ := lookup(out, "Export")
		nameNode, _ := lookup(exp, "Name")
		valueNode, _ := lookup(out, "Value")
		if nameNode == nil || valueNode == nil {
			continue
		}
		name, ok := t.eval(nameNode, 0).str()
		if !ok {
			continue
		}
		if refs := t.eval(valueNode, 0).allRefs(); len(refs) > 0 {
			t.l.exports[name] = refs
		}
	}
	// Evaluation starts over for the resources: warnings met here are not repeated.
	t.keys, t.decls = map[string]string{}, map[string]*resourceDecl{}
}
