package kustomize

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/plumbsec/plumb/internal/resource"
)

// kustomizationNames are the file names kustomize looks for in a directory, in its order.
var kustomizationNames = []string{"kustomization.yaml", "kustomization.yml", "Kustomization"}

// kustomization is Plumb's own reading of one kustomization file: what it refers to and
// where each of its fields is written. Kustomize builds; this reading attributes fields.
type kustomization struct {
	root      string // the scan root
	dir, file string // absolute
	name      string // file relative to the scan root
	fields    map[string]field
	// children are the kustomizations it builds on (resources, bases and components that
	// are directories); manifests the files its resources name.
	children  []*kustomization
	manifests []string
	patches   []*patch
	// stripped holds the entries left out of the build (remote or missing), by field.
	stripped []strippedEntry
	// rewritten is the file without the stripped entries, for the build to read; nil when
	// nothing was stripped.
	rewritten []byte
	diags     resource.Diagnostics
}

// field is one top-level field of a kustomization file.
type field struct {
	key, value *yaml.Node
	loc        resource.Location
}

type strippedEntry struct {
	field, entry string
	line         int
	remote       bool
}

// findKustomization returns the kustomization file of dir, or "".
func findKustomization(dir string) string {
	for _, n := range kustomizationNames {
		p := filepath.Join(dir, n)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
	}
	return ""
}

// isRemote reports whether a resources entry names something kustomize would fetch: a URL,
// a git repository (github.com/org/repo//path?ref=v1, git@host:org/repo) or a file on the web.
func isRemote(entry string) bool {
	if strings.Contains(entry, "://") || strings.HasPrefix(entry, "git@") || strings.HasPrefix(entry, "git::") ||
		strings.Contains(entry, "?ref=") || strings.Contains(entry, "?version=") || strings.Contains(entry, "?submodules=") {
		return true
	}
	first, rest, found := strings.Cut(entry, "/")
	return found && rest != "" && strings.Contains(first, ".") && !strings.HasPrefix(first, ".")
}

// readTree reads the kustomization in dir and everything it builds on. seen guards
// against cycles (kustomize reports them when it builds).
func readTree(root, dir string, seen map[string]*kustomization) *kustomization {
	if k, ok := seen[dir]; ok {
		return k
	}
	file := findKustomization(dir)
	k := &kustomization{root: root, dir: dir, file: file, name: relName(root, file), fields: map[string]field{}}
	seen[dir] = k
	if file == "" {
		return k
	}
	src, err := os.ReadFile(file)
	if err != nil {
		k.diags = append(k.diags, resource.Diagnostic{Error: true, File: k.name, Summary: "cannot read kustomization", Detail: err.Error()})
		return k
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		// kustomize reports it when it builds; nothing is attributed
		return k
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return k
	}
	m := doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		key, val := m.Content[i], m.Content[i+1]
		k.fields[key.Value] = field{key: key, value: val,
			loc: resource.Location{File: k.name, StartLine: key.Line, EndLine: lastLine(val)}}
	}
	changed := false
	for _, name := range []string{"resources", "bases", "components"} {
		f, ok := k.fields[name]
		if !ok || f.value.Kind != yaml.SequenceNode {
			continue
		}
		kept := f.value.Content[:0:0]
		for _, e := range f.value.Content {
			entry := strings.TrimSpace(e.Value)
			local := filepath.Join(dir, filepath.FromSlash(entry))
			st, statErr := os.Stat(local)
			switch {
			case e.Kind != yaml.ScalarNode:
				kept = append(kept, e)
			case isRemote(entry) && statErr != nil:
				k.stripped = append(k.stripped, strippedEntry{field: name, entry: entry, line: e.Line, remote: true})
				changed = true
			case statErr != nil:
				k.stripped = append(k.stripped, strippedEntry{field: name, entry: entry, line: e.Line})
				changed = true
			case st.IsDir():
				kept = append(kept, e)
				k.children = append(k.children, readTree(root, filepath.Clean(local), seen))
			default:
				kept = append(kept, e)
				k.manifests = append(k.manifests, filepath.Clean(local))
			}
		}
		f.value.Content = kept
	}
	if k.stripRemoteRefs() {
		changed = true
	}
	for _, name := range []string{"helmCharts", "helmChartInflationGenerator"} {
		if f, ok := k.fields[name]; ok {
			k.stripped = append(k.stripped, strippedEntry{field: name, entry: name, line: f.key.Line})
			for i := 0; i+1 < len(m.Content); i += 2 {
				if m.Content[i] == f.key {
					m.Content = append(m.Content[:i:i], m.Content[i+2:]...)
					break
				}
			}
			changed = true
		}
	}
	if changed {
		var buf bytes.Buffer
		enc := yaml.NewEncoder(&buf)
		if enc.Encode(&doc) == nil && enc.Close() == nil {
			k.rewritten = buf.Bytes()
		}
	}
	k.readPatches()
	return k
}

// lastLine is the last line a node's value occupies.
func lastLine(n *yaml.Node) int {
	last := n.Line
	for _, c := range n.Content {
		last = max(last, lastLine(c))
	}
	if n.Kind == yaml.ScalarNode && n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		last += strings.Count(strings.TrimRight(n.Value, "\n"), "\n") + 1
	}
	return last
}

// walk calls fn for k and every kustomization below it, outermost first, once each.
func (k *kustomization) walk(fn func(*kustomization)) {
	seen := map[*kustomization]bool{}
	var visit func(*kustomization)
	visit = func(k *kustomization) {
		if seen[k] {
			return
		}
		seen[k] = true
		fn(k)
		for _, c := range k.children {
			visit(c)
		}
	}
	visit(k)
}

// scalar returns the string value of a top-level field, "" when it is absent or not one.
func (k *kustomization) scalar(name string) string {
	if f, ok := k.fields[name]; ok && f.value.Kind == yaml.ScalarNode {
		return f.value.Value
	}
	return ""
}

// fileRefs are the fields, other than resources, bases and components, whose entries name
// files kustomize loads (and would download when they are URLs): by field, the keys of a
// list item that do, or nil when the entries themselves do.
var fileRefs = map[string][]string{
	"crds": nil, "generators": nil, "transformers": nil, "validators": nil, "configurations": nil,
	"patchesStrategicMerge": nil, "patches": {"path"}, "patchesJson6902": {"path"},
	"replacements": {"path"}, "configMapGenerator": {"files", "envs", "env"},
	"secretGenerator": {"files", "envs", "env"},
}

// stripRemoteRefs leaves out every remote file reference of fileRefs and openapi, so that
// nothing the build loads is fetched, and reports whether it left out any.
func (k *kustomization) stripRemoteRefs() bool {
	changed := false
	remote := func(v string) bool {
		if _, after, ok := strings.Cut(v, "="); ok && !strings.Contains(v, "://") {
			v = after // files: key=path
		}
		if strings.Contains(v, "://") {
			return true
		}
		_, err := os.Stat(filepath.Join(k.dir, filepath.FromSlash(v)))
		return err != nil && isRemote(v)
	}
	strip := func(field string, n *yaml.Node) bool {
		if n.Kind == yaml.ScalarNode && remote(n.Value) {
			k.stripped = append(k.stripped, strippedEntry{field: field, entry: n.Value, line: n.Line, remote: true})
			changed = true
			return true
		}
		return false
	}
	for field, keys := range fileRefs {
		f, ok := k.fields[field]
		if !ok || f.value.Kind != yaml.SequenceNode {
			continue
		}
		kept := f.value.Content[:0:0]
	items:
		for _, e := range f.value.Content {
			if keys == nil {
				if !strip(field, e) {
					kept = append(kept, e)
				}
				continue
			}
			for i := 0; i+1 < len(e.Content); i += 2 {
				if !slices.Contains(keys, e.Content[i].Value) {
					continue
				}
				v := e.Content[i+1]
				if v.Kind == yaml.ScalarNode && strip(field, v) && len(keys) == 1 {
					continue items // a patch or replacement from the web: left out whole
				}
				if v.Kind == yaml.SequenceNode {
					vs := v.Content[:0:0]
					for _, x := range v.Content {
						if !strip(field, x) {
							vs = append(vs, x)
						}
					}
					v.Content = vs
				}
			}
			kept = append(kept, e)
		}
		f.value.Content = kept
	}
	if f, ok := k.fields["openapi"]; ok && f.value.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(f.value.Content); i += 2 {
			if v := f.value.Content[i+1]; f.value.Content[i].Value == "path" && strip("openapi", v) {
				v.Value = ""
			}
		}
	}
	return changed
}
