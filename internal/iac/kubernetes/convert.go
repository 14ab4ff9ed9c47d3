package kubernetes

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/plumbsec/plumb/internal/resource"
)

// maxDepth bounds nesting. Manifests, CRD schemas included, stay far below it; the policy
// engine refuses values nested much deeper.
const maxDepth = 200

// docState is what the objects of one YAML document share: the file and where the
// document's lines are in it, anchors, the alias budget and the diagnostics.
type docState struct {
	*chunk
	// ends holds the last line of every anchored node converted so far, so a value reached
	// through an alias gets the anchor's own range.
	ends      map[*yaml.Node]int
	expanding map[*yaml.Node]bool
	// budget is how many more nodes may be converted; aliases expand a node once per use,
	// and a few lines of anchors can otherwise stand for billions of values.
	budget int
	diags  resource.Diagnostics
	// failed is set by a problem that makes the document unusable (a cyclic alias, an
	// exhausted budget, too deep a nesting); conversion stops at once.
	failed bool
}

func (d *docState) line(n *yaml.Node) int { return d.fileLine(n.Line) }

func (d *docState) warn(line int, summary, detail string) {
	d.diags = append(d.diags, resource.Diagnostic{File: d.src.name, Line: line, Summary: summary, Detail: detail})
}

func (d *docState) fail(line int, summary, detail string) {
	if !d.failed {
		d.diags = append(d.diags, resource.Diagnostic{Error: true, File: d.src.name, Line: line, Summary: summary, Detail: detail})
	}
	d.failed = true
}

// builder converts the nodes of one object into its attribute tree, recording a location
// for every path.
type builder struct {
	d    *docState
	locs map[string]resource.Location
	// via lists, outermost first, the aliases and merge keys the conversion is inside.
	via []resource.Location
}

func join(path, seg string) string {
	if path == "" {
		return seg
	}
	return path + "." + seg
}

func (b *builder) setLoc(path string, start, end int) {
	if end < start {
		end = start
	}
	b.locs[path] = resource.Location{File: b.d.src.name, StartLine: start, EndLine: end, Via: b.via}
}

// value converts n, found at path. limit is the last file line n may extend to: the line
// before whatever follows it. It returns the value and n's last line.
func (b *builder) value(n *yaml.Node, path string, limit, depth int) (any, int) {
	d := b.d
	start := d.line(n)
	if d.failed {
		return nil, start
	}
	if d.budget--; d.budget < 0 {
		at := start
		if len(b.via) > 0 {
			at = b.via[0].StartLine // the alias that set off the expansion
		}
		d.fail(at, "document expands to too many values",
			"its aliases stand for far more values than it writes; Plumb stopped expanding them")
		return nil, start
	}
	if depth > maxDepth {
		d.fail(start, "document nests too deeply", fmt.Sprintf("values nest more than %d levels deep", maxDepth))
		return nil, start
	}
	var v any
	end := start
	switch n.Kind {
	case yaml.ScalarNode:
		v, end = scalar(n), d.fileLine(n.Line+scalarLines(n))
		end = max(end, d.src.trimBack(limit, start))
	case yaml.MappingNode:
		end = max(start, d.src.trimBack(limit, start))
		m := make(map[string]any, len(n.Content)/2)
		end = max(end, b.fill(m, n, path, limit, end, depth, nil))
		v = m
	case yaml.SequenceNode:
		v, end = b.sequence(n, path, limit, depth)
	case yaml.AliasNode:
		v = b.alias(n, path, depth)
		end = max(start, d.src.trimBack(limit, start))
	default:
		return nil, start
	}
	if n.Anchor != "" {
		if d.ends == nil {
			d.ends = map[*yaml.Node]int{}
		}
		d.ends[n] = end
	}
	return v, end
}

// childLimit is the limit of the child that starts at index i of a collection's content:
// the line before the next child, or for the last one the collection's own limit (a flow
// collection's closing bracket is its own, not its last child's).
func (b *builder) childLimit(n *yaml.Node, i, step, limit, end int) int {
	if i+step < len(n.Content) {
		return b.d.line(n.Content[i+step]) - 1
	}
	if n.Style&yaml.FlowStyle != 0 {
		return end - 1
	}
	return limit
}

func (b *builder) sequence(n *yaml.Node, path string, limit, depth int) ([]any, int) {
	start := b.d.line(n)
	end := max(start, b.d.src.trimBack(limit, start))
	out := make([]any, len(n.Content))
	for i, c := range n.Content {
		cp := join(path, strconv.Itoa(i))
		v, cend := b.value(c, cp, b.childLimit(n, i, 1, limit, end), depth+1)
		b.setLoc(cp, b.d.line(c), cend)
		out[i] = v
		end = max(end, cend)
	}
	return out, end
}

// fill sets m's entries from mapping n: its own keys first, then the keys of the mappings
// it merges with "<<" (earlier sources first) that are not set yet. taken, when not nil,
// holds the keys already set by the mappings that merge n, which win over n's. It returns
// the last line of n's entries.
func (b *builder) fill(m map[string]any, n *yaml.Node, path string, limit, end, depth int, taken map[string]bool) int {
	pairs := n.Content
	last := b.d.line(n)
	shadowed := b.duplicates(pairs)
	var merges []int
	for i := 0; i+1 < len(pairs); i += 2 {
		k, v := pairs[i], pairs[i+1]
		if k.Kind == yaml.ScalarNode && k.Tag == "!!merge" {
			merges = append(merges, i)
			continue
		}
		key, ok := b.key(k)
		if !ok || shadowed[i] || taken[key] {
			continue
		}
		cp := join(path, key)
		val, vend := b.value(v, cp, b.childLimit(n, i, 2, limit, end), depth+1)
		kl := b.d.line(k)
		b.setLoc(cp, kl, vend)
		m[key] = val
		if taken != nil {
			taken[key] = true
		}
		last = max(last, vend)
	}
	if len(merges) == 0 {
		return last
	}
	if taken == nil {
		taken = make(map[string]bool, len(m))
		for k := range m {
			taken[k] = true
		}
	}
	for _, i := range merges {
		ml := b.d.line(pairs[i])
		last = max(last, ml)
		for _, src := range b.mergeSources(pairs[i+1]) {
			b.expand(src, resource.Location{File: b.d.src.name, StartLine: ml, EndLine: ml}, func(limit int) {
				b.fill(m, src, path, limit, limit, depth+1, taken)
			})
		}
	}
	return last
}

// mergeSources are the mappings a merge key's value names: an alias of a mapping, a
// mapping, or a sequence of those.
func (b *builder) mergeSources(v *yaml.Node) []*yaml.Node {
	var out []*yaml.Node
	add := func(n *yaml.Node) {
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			n = n.Alias
		}
		if n.Kind != yaml.MappingNode {
			b.d.warn(b.d.line(n), "merge key (<<) needs a mapping or a list of mappings", "this value is not merged")
			return
		}
		out = append(out, n)
	}
	if v.Kind == yaml.SequenceNode {
		for _, e := range v.Content {
			add(e)
		}
	} else {
		add(v)
	}
	return out
}

// alias converts the value an alias refers to, located where its anchor wrote it, with
// the alias in Via.
func (b *builder) alias(n *yaml.Node, path string, depth int) any {
	var v any
	if n.Alias == nil {
		return nil
	}
	l := b.d.line(n)
	b.expand(n.Alias, resource.Location{File: b.d.src.name, StartLine: l, EndLine: l}, func(limit int) {
		v, _ = b.value(n.Alias, path, limit, depth+1)
	})
	return v
}

// expand runs convert on an anchored node reached from use, refusing a node that contains
// the alias being expanded.
func (b *builder) expand(target *yaml.Node, use resource.Location, convert func(limit int)) {
	d := b.d
	if d.expanding[target] {
		d.fail(use.StartLine, "alias refers to a value that contains it", "the document would be infinite")
		return
	}
	if d.expanding == nil {
		d.expanding = map[*yaml.Node]bool{}
	}
	d.expanding[target] = true
	limit, ok := d.ends[target]
	if !ok {
		limit = d.line(target)
	}
	saved := b.via
	b.via = append(saved[:len(saved):len(saved)], use)
	convert(limit)
	b.via = saved
	delete(d.expanding, target)
}

// key reads a mapping key. JSON and the API server know only string keys: a scalar key is
// taken as written ("80", "true"); any other key is reported and its entry left out.
func (b *builder) key(k *yaml.Node) (string, bool) {
	if k.Kind == yaml.AliasNode && k.Alias != nil {
		k = k.Alias
	}
	if k.Kind != yaml.ScalarNode {
		b.d.warn(b.d.line(k), "mapping key is not a string", "the entry is ignored")
		return "", false
	}
	return k.Value, true
}

// duplicates returns the indexes of the keys in pairs that a later equal key overrides,
// and warns about each. The last one wins, as in the API server's JSON decoding.
func (b *builder) duplicates(pairs []*yaml.Node) map[int]bool {
	n := len(pairs) / 2
	if n < 2 {
		return nil
	}
	var shadowed map[int]bool
	mark := func(i, j int) {
		if shadowed == nil {
			shadowed = map[int]bool{}
		}
		shadowed[i] = true
		b.d.warn(b.d.line(pairs[i]), fmt.Sprintf("duplicate key %q", pairs[i].Value),
			fmt.Sprintf("the value at line %d is used", b.d.line(pairs[j])))
	}
	scalarKey := func(k *yaml.Node) bool { return k.Kind == yaml.ScalarNode && k.Tag != "!!merge" }
	if n <= 16 {
		for i := 0; i+1 < len(pairs); i += 2 {
			if !scalarKey(pairs[i]) {
				continue
			}
			last := i
			for j := i + 2; j+1 < len(pairs); j += 2 {
				if scalarKey(pairs[j]) && pairs[j].Value == pairs[i].Value {
					last = j
				}
			}
			if last != i {
				mark(i, last)
			}
		}
		return shadowed
	}
	lastAt := make(map[string]int, n)
	for i := 0; i+1 < len(pairs); i += 2 {
		if scalarKey(pairs[i]) {
			lastAt[pairs[i].Value] = i
		}
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		if scalarKey(pairs[i]) && lastAt[pairs[i].Value] != i {
			mark(i, lastAt[pairs[i].Value])
		}
	}
	return shadowed
}

// yaml11Bools are the plain words YAML 1.1 reads as booleans. kubectl's YAML decoder reads
// YAML 1.1, so `privileged: yes` reaches the API server as true; yaml.v3 (YAML 1.2) would
// leave it a string and hide the setting from rules.
var yaml11Bools = map[string]bool{
	"y": true, "Y": true, "yes": true, "Yes": true, "YES": true, "on": true, "On": true, "ON": true,
	"n": false, "N": false, "no": false, "No": false, "NO": false, "off": false, "Off": false, "OFF": false,
}

const quotedOrTagged = yaml.TaggedStyle | yaml.DoubleQuotedStyle | yaml.SingleQuotedStyle | yaml.LiteralStyle | yaml.FoldedStyle

// scalar converts a scalar to string, int64, float64, bool or nil. A number a policy could
// not hold (.inf, .nan) and any tag Plumb does not know (!!timestamp, !!binary, custom
// tags) stay the text as written.
func scalar(n *yaml.Node) any {
	switch n.Tag {
	case "!!null":
		return nil
	case "!!bool":
		if b, ok := yaml11Bools[n.Value]; ok {
			return b
		}
		return strings.EqualFold(n.Value, "true")
	case "!!int":
		s := strings.ReplaceAll(n.Value, "_", "")
		if i, err := strconv.ParseInt(s, 0, 64); err == nil {
			return i
		}
		if f, err := strconv.ParseFloat(s, 64); err == nil && !math.IsInf(f, 0) {
			return f
		}
	case "!!float":
		if f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64); err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
			return f
		}
	case "!!str":
		if n.Style&quotedOrTagged == 0 {
			if b, ok := yaml11Bools[n.Value]; ok {
				return b
			}
		}
	}
	return n.Value
}

// scalarLines is how many lines a scalar runs over after its first, as far as its text
// tells: a literal block keeps its line breaks. A folded or multi-line flow scalar does not,
// and the caller widens the range to the line before the next value.
func scalarLines(n *yaml.Node) int {
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0 || n.Value == "" {
		return 0
	}
	return strings.Count(strings.TrimRight(n.Value, "\n"), "\n") + 1
}
