package compliance

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

//go:embed catalogs/*.yaml
var catalogFS embed.FS

// Framework is one compliance framework's catalog.
type Framework struct {
	// Key is the name rules use in custom.controls: cis-aws, nist-800-53, ...
	Key string `yaml:"key" json:"key"`
	// Name and Version say which publication the catalog follows.
	Name    string `yaml:"name" json:"name"`
	Version string `yaml:"version" json:"version"`
	// Aliases are other names the CLI accepts for the framework.
	Aliases  []string  `yaml:"aliases" json:"-"`
	Sections []Section `yaml:"sections" json:"-"`

	byID map[string]*Control
}

// Section groups controls the way the framework does (a CIS section, a NIST family).
type Section struct {
	Name     string    `yaml:"name"`
	Controls []Control `yaml:"controls"`
}

// Control is one control, requirement or recommendation of a framework.
type Control struct {
	ID      string `yaml:"id" json:"id"`
	Title   string `yaml:"title" json:"title"`
	Section string `yaml:"-" json:"section"`
}

// Controls lists the framework's controls in catalog order.
func (f *Framework) Controls() []*Control {
	var out []*Control
	for i := range f.Sections {
		for j := range f.Sections[i].Controls {
			out = append(out, &f.Sections[i].Controls[j])
		}
	}
	return out
}

// Control returns the control with id, or nil.
func (f *Framework) Control(id string) *Control { return f.byID[id] }

// Title is "Name Version".
func (f *Framework) Title() string { return strings.TrimSpace(f.Name + " " + f.Version) }

var (
	loadOnce   sync.Once
	frameworks []*Framework
	loadErr    error
)

// Frameworks returns every catalog, sorted by key. The catalogs are embedded, so an error
// here is a bug in a catalog file, which the package's tests catch.
func Frameworks() ([]*Framework, error) {
	loadOnce.Do(func() { frameworks, loadErr = readCatalogs(catalogFS) })
	return frameworks, loadErr
}

// Lookup finds a framework by key or alias, in any case.
func Lookup(name string) (*Framework, error) {
	fws, err := Frameworks()
	if err != nil {
		return nil, err
	}
	n := strings.ToLower(strings.TrimSpace(name))
	var names []string
	for _, f := range fws {
		if f.Key == n {
			return f, nil
		}
		for _, a := range f.Aliases {
			if strings.ToLower(a) == n {
				return f, nil
			}
		}
		names = append(names, f.Key)
	}
	return nil, fmt.Errorf("unknown framework %q (want one of %s)", name, strings.Join(names, ", "))
}

func readCatalogs(fsys fs.FS) ([]*Framework, error) {
	names, err := fs.Glob(fsys, "catalogs/*.yaml")
	if err != nil {
		return nil, err
	}
	var out []*Framework
	for _, name := range names {
		raw, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		f, err := parseCatalog(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}

// parseCatalog reads one catalog strictly: unknown keys, a control without id or title and
// a duplicate id are errors.
func parseCatalog(raw []byte) (*Framework, error) {
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	f := &Framework{}
	if err := dec.Decode(f); err != nil {
		return nil, err
	}
	if f.Key == "" || f.Name == "" {
		return nil, fmt.Errorf("a catalog needs a key and a name")
	}
	f.byID = map[string]*Control{}
	for i := range f.Sections {
		s := &f.Sections[i]
		for j := range s.Controls {
			c := &s.Controls[j]
			if c.ID == "" || c.Title == "" {
				return nil, fmt.Errorf("section %q: control %d needs an id and a title", s.Name, j+1)
			}
			if f.byID[c.ID] != nil {
				return nil, fmt.Errorf("control %s is listed twice", c.ID)
			}
			c.Section = s.Name
			f.byID[c.ID] = c
		}
	}
	return f, nil
}
