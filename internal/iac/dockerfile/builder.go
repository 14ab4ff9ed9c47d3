package dockerfile

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/moby/buildkit/frontend/dockerfile/shell"

	"github.com/plumbsec/plumb/internal/resource"
)

// builder turns one parsed Dockerfile into its resource.
type builder struct {
	file   string
	res    *resource.Resource
	diags  resource.Diagnostics
	lex    *shell.Lex
	escape rune
	meta   *scope
	args   []any // the meta ARG declarations
	// argsLoc spans the meta ARGs; the whole file when there are none.
	argsLoc resource.Location
	stages  []*stage
	byName  map[string]*stage
	lines   int
}

// setting is a value of a stage's image configuration and where it was set. Settings are
// inherited by a stage that builds FROM another stage.
type setting struct {
	value any
	loc   resource.Location
}

// stage is one FROM and the instructions up to the next.
type stage struct {
	index    int
	name     string
	parent   *stage
	fromLoc  resource.Location
	loc      resource.Location // the FROM line through the last instruction
	vars     *scope
	config   map[string]setting // user, group, workdir, healthcheck, cmd, entrypoint, shell, stopsignal
	env      map[string]setting
	labels   map[string]setting
	volumes  []setting
	cmdHere  bool // CMD was set in this stage, not inherited
	attrs    map[string]any
	lists    map[string][]any // instructions, args, run, add, copy, expose
	finalImg bool
}

// stageLists are a stage's own instructions, each list in file order.
var stageLists = []string{"instructions", "args", "run", "add", "copy", "expose"}

func newBuilder(file string, src []byte, ast *parser.Result) *builder {
	b := &builder{file: file, escape: ast.EscapeToken, meta: newScope(false), byName: map[string]*stage{},
		res: &resource.Resource{Key: file, Type: Type, Origin: resource.OriginDockerfile, Attributes: map[string]any{},
			Locations: make(map[string]resource.Location, 64+16*len(ast.AST.Children))}}
	b.lex = shell.NewLex(ast.EscapeToken)
	b.lines = strings.Count(string(src), "\n")
	if len(src) > 0 && src[len(src)-1] != '\n' {
		b.lines++
	}
	b.lines = max(b.lines, ast.AST.EndLine)
	b.argsLoc = resource.Location{File: file, StartLine: 1, EndLine: max(b.lines, 1)}
	return b
}

func (b *builder) loc(n *parser.Node) resource.Location {
	return resource.Location{File: b.file, StartLine: n.StartLine, EndLine: max(n.EndLine, n.StartLine)}
}

func (b *builder) errorf(n *parser.Node, format string, args ...any) {
	b.diags = append(b.diags, resource.Diagnostic{Error: true, File: b.file, Line: n.StartLine,
		Summary: maskText(fmt.Sprintf(format, args...))})
}

// locate records loc for path and every path below it in v. Keys are built as strings
// (Path.String's form) rather than through Path values: a file has hundreds of paths.
func (b *builder) locate(p resource.Path, v any, loc resource.Location) {
	b.locateKey(p.String(), v, loc)
}

func (b *builder) locateKey(key string, v any, loc resource.Location) {
	b.res.Locations[key] = loc
	if key != "" {
		key += "."
	}
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			b.locateKey(key+k, e, loc)
		}
	case []any:
		for i, e := range x {
			b.locateKey(key+strconv.Itoa(i), e, loc)
		}
	}
}

func (s *stage) path(segs ...any) resource.Path {
	return append(resource.Path{"stages", s.index}, segs...)
}

// appendTo adds v to one of the stage's lists, located at the instruction.
func (b *builder) appendTo(s *stage, list string, v any, loc resource.Location) {
	b.locateKey("stages."+strconv.Itoa(s.index)+"."+list+"."+strconv.Itoa(len(s.lists[list])), v, loc)
	s.lists[list] = append(s.lists[list], v)
}

func (b *builder) build(root *parser.Node) {
	if root != nil {
		for _, n := range root.Children {
			b.instruction(n)
		}
	}
	b.finish()
}

// finish writes the stages, the file-level conveniences and their locations, and masks
// what looks like a credential anywhere in the tree.
func (b *builder) finish() {
	attrs := b.res.Attributes
	b.res.SetLocation(resource.Path{}, resource.Location{File: b.file, StartLine: 1, EndLine: max(b.lines, 1)})
	attrs["args"] = nonNil(b.args)
	b.res.SetLocation(resource.Path{"args"}, b.argsLoc)
	stages := make([]any, len(b.stages))
	if n := len(b.stages); n > 0 {
		for s := b.stages[n-1]; s != nil; s = s.parent {
			s.finalImg = true
		}
	}
	for i, s := range b.stages {
		stages[i] = b.finishStage(s)
	}
	attrs["stages"] = stages
	if n := len(b.stages); n > 0 {
		final := b.stages[n-1]
		attrs["final_stage"] = final.index
		b.res.SetLocation(resource.Path{"final_stage"}, final.fromLoc)
		if u, ok := final.config["user"]; ok {
			attrs["final_user"] = u.value
			b.res.SetLocation(resource.Path{"final_user"}, u.loc)
		}
		b.res.SetLocation(resource.Path{"stages"}, resource.Location{File: b.file,
			StartLine: b.stages[0].loc.StartLine, EndLine: final.loc.EndLine})
	}
	// The typed lists (run, add, copy, expose, args) hold the very objects of instructions:
	// masking instructions masks them.
	maskTree(attrs["args"])
	for _, st := range stages {
		for k, v := range st.(map[string]any) {
			switch k {
			case "run", "add", "copy", "expose", "args":
			default:
				maskTree(v)
			}
		}
	}
	b.res.Unknowns = findUnknowns("", attrs, nil)
	sort.Slice(b.res.Unknowns, func(i, j int) bool { return b.res.Unknowns[i].String() < b.res.Unknowns[j].String() })
}

// findUnknowns lists the paths of Unknown values below key, building keys as strings and
// parsing only the few that are unknown.
func findUnknowns(key string, v any, out []resource.Path) []resource.Path {
	switch x := v.(type) {
	case resource.Unknown:
		return append(out, resource.ParsePath(key))
	case map[string]any:
		if key != "" {
			key += "."
		}
		for k, e := range x {
			out = findUnknowns(key+k, e, out)
		}
	case []any:
		if key != "" {
			key += "."
		}
		for i, e := range x {
			out = findUnknowns(key+strconv.Itoa(i), e, out)
		}
	}
	return out
}

func (b *builder) finishStage(s *stage) map[string]any {
	a := s.attrs
	b.res.SetLocation(s.path(), s.loc)
	for _, k := range []string{"index", "name", "in_final_image"} {
		if _, ok := s.attrs[k]; ok || k == "in_final_image" {
			b.res.SetLocation(s.path(k), s.fromLoc)
		}
	}
	a["in_final_image"] = s.finalImg
	for k, set := range s.config {
		a[k] = set.value
		b.locate(s.path(k), set.value, set.loc)
	}
	a["env"] = settingsMap(b, s, "env", s.env)
	a["labels"] = settingsMap(b, s, "labels", s.labels)
	vols := make([]any, len(s.volumes))
	for i, v := range s.volumes {
		vols[i] = v.value
		b.res.SetLocation(s.path("volumes", i), v.loc)
	}
	a["volumes"] = vols
	for _, l := range stageLists {
		a[l] = nonNil(s.lists[l])
	}
	for _, k := range append([]string{"env", "labels", "volumes"}, stageLists...) {
		b.res.SetLocation(s.path(k), s.loc) // a collection belongs to its stage
	}
	return a
}

func settingsMap(b *builder, s *stage, key string, m map[string]setting) map[string]any {
	out := make(map[string]any, len(m))
	for k, set := range m {
		out[k] = set.value
		b.res.SetLocation(s.path(key, k), set.loc)
	}
	return out
}

func nonNil(l []any) []any {
	if l == nil {
		return []any{}
	}
	return l
}

func copySettings(m map[string]setting) map[string]setting {
	out := make(map[string]setting, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
