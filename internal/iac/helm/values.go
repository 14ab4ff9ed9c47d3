package helm

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
	"helm.sh/helm/v3/pkg/chartutil"
	"helm.sh/helm/v3/pkg/strvals"

	"github.com/plumbsec/plumb/internal/resource"
)

// userValues are the values of --values files and --set expressions, merged as Helm
// merges them, with where each of their paths was set.
type userValues struct {
	vals    map[string]any
	origins origins
	files   []string // the --values files read, relative to the scan root
	diags   resource.Diagnostics
}

// readUserValues reads opts once for every chart of a scan. A file or expression that
// cannot be read is an error diagnostic and is left out; the others still apply.
func readUserValues(root string, opts Options) *userValues {
	u := &userValues{vals: map[string]any{}, origins: origins{}}
	for _, f := range opts.ValuesFiles {
		abs, err := filepath.Abs(f)
		if err != nil {
			abs = f
		}
		name := relName(root, abs)
		data, err := os.ReadFile(abs)
		if err != nil {
			u.diags = append(u.diags, resource.Diagnostic{Error: true, File: name, Summary: "cannot read --values file", Detail: err.Error()})
			continue
		}
		vals, err := chartutil.ReadValues(data)
		if err != nil {
			u.diags = append(u.diags, resource.Diagnostic{Error: true, File: name, Line: yamlErrorLine(err),
				Summary: "invalid --values file", Detail: err.Error()})
			continue
		}
		u.files = append(u.files, name)
		u.vals = mergeMaps(u.vals, vals)
		o, _ := readOrigins(name, data)
		u.origins.overlay(o)
	}
	for _, s := range opts.Set {
		if err := strvals.ParseInto(s, u.vals); err != nil {
			u.diags = append(u.diags, resource.Diagnostic{Error: true, File: "<--set>",
				Summary: "invalid --set " + s, Detail: err.Error()})
			continue
		}
		one := map[string]any{}
		if err := strvals.ParseInto(s, one); err == nil {
			u.origins.overlay(setOrigins(one, nil))
		}
	}
	return u
}

// mergeMaps merges b over a as `helm template -f` merges values files: maps merge key by
// key, anything else replaces.
func mergeMaps(a, b map[string]any) map[string]any {
	out := make(map[string]any, len(a))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		if bm, ok := v.(map[string]any); ok {
			if am, ok := out[k].(map[string]any); ok {
				out[k] = mergeMaps(am, bm)
				continue
			}
		}
		out[k] = v
	}
	return out
}

func copyValues(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = copyValues(e)
		}
		return m
	case []any:
		s := make([]any, len(x))
		for i, e := range x {
			s[i] = copyValues(e)
		}
		return s
	}
	return v
}

// origin is where one values path was set.
type origin struct {
	path  resource.Path
	loc   resource.Location
	isMap bool
	null  bool
}

// origins maps the string form of a values path to where its value was set.
type origins map[string]origin

// readOrigins records the line range of every path of a values YAML file.
func readOrigins(file string, data []byte) (origins, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return origins{}, err
	}
	o := origins{}
	if len(doc.Content) == 0 {
		return o, nil
	}
	budget := 10000 + 4*len(data) // aliases may expand a short file without end
	o.walk(file, doc.Content[0], nil, 0, &budget)
	return o, nil
}

// walk records the paths below n, which starts at line keyLine (0 for the document), and
// returns the last line of n. It stops recording when budget runs out.
func (o origins) walk(file string, n *yaml.Node, p resource.Path, keyLine int, budget *int) int {
	if *budget--; *budget < 0 || len(p) > 200 {
		return n.Line
	}
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	last := n.Line
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			last = max(last, o.walk(file, v, p.Append(k.Value), k.Line, budget))
		}
	case yaml.SequenceNode:
		for i, e := range n.Content {
			last = max(last, o.walk(file, e, p.Append(i), e.Line, budget))
		}
	default:
		if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			last += strings.Count(strings.TrimRight(n.Value, "\n"), "\n") + 1
		}
	}
	if len(p) > 0 {
		start := keyLine
		if start == 0 {
			start = n.Line
		}
		o[p.String()] = origin{path: p, isMap: n.Kind == yaml.MappingNode,
			null: n.Kind == yaml.ScalarNode && n.Tag == "!!null",
			loc:  resource.Location{File: file, StartLine: start, EndLine: max(last, start)}}
	}
	return last
}

// setOrigins records the paths a --set expression set.
func setOrigins(v any, p resource.Path) origins {
	o := origins{}
	var walk func(v any, p resource.Path)
	walk = func(v any, p resource.Path) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				walk(e, p.Append(k))
			}
		case []any:
			for i, e := range x {
				walk(e, p.Append(i))
			}
		}
		if len(p) > 0 {
			_, isMap := v.(map[string]any)
			o[p.String()] = origin{path: p, isMap: isMap, null: v == nil,
				loc: resource.Location{File: fmt.Sprintf("<--set %s>", p)}}
		}
	}
	walk(v, p)
	return o
}

// overlay applies high, a source of higher precedence, over o: a map merges with what o
// has, anything else replaces o's value and everything below it, and null removes it.
func (o origins) overlay(high origins) {
	keys := make([]string, 0, len(high))
	for k := range high {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(high[keys[i]].path) < len(high[keys[j]].path) })
	for _, k := range keys {
		h := high[k]
		if !h.isMap {
			for ok, ov := range o {
				if ov.path.HasPrefix(h.path) {
					delete(o, ok)
				}
			}
		}
		if h.null {
			delete(o, k)
			continue
		}
		o[k] = h
	}
}

// sub returns what a subchart named name sees: o's paths below name, and o's globals.
func (o origins) sub(name string) origins {
	out := origins{}
	for _, v := range o {
		switch {
		case len(v.path) > 1 && v.path[0] == name:
			v.path = v.path[1:]
			out[v.path.String()] = v
		case len(v.path) > 0 && v.path[0] == "global":
			out[v.path.String()] = v
		}
	}
	return out
}

// lookup returns where the value at p, or failing that its nearest ancestor below stop
// entries, was set.
func (o origins) lookup(p resource.Path, stop int) (resource.Location, bool) {
	for i := len(p); i >= stop && i > 0; i-- {
		if v, ok := o[p[:i].String()]; ok {
			return v.loc, true
		}
	}
	return resource.Location{}, false
}

// yamlErrorLine reads the line out of a YAML error ("yaml: line 3: …"), 0 when it names none.
func yamlErrorLine(err error) int {
	var n int
	s := err.Error()
	if i := strings.Index(s, "line "); i >= 0 {
		fmt.Sscanf(s[i+5:], "%d", &n)
	}
	return n
}
