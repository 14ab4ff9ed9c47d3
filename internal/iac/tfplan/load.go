package tfplan

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/resource"
)

// Load reads Terraform plan JSON and state files. Paths are absolute; file names in the result
// are relative to root. Each file is read as what its content says it is (a plan, a state, or
// the JSON terraform show writes for a state), whichever format it was detected or forced as.
// A file that cannot be read is an error diagnostic at its line and column; the other files
// are still read.
func Load(ctx context.Context, root string, paths []string) *iac.Result {
	res := &iac.Result{}
	for _, p := range paths {
		rel := relPath(root, p)
		if err := ctx.Err(); err != nil {
			res.Diagnostics = append(res.Diagnostics, resource.Diagnostic{Error: true, File: rel,
				Summary: "not read", Detail: err.Error()})
			continue
		}
		res.Files = append(res.Files, rel)
		src, err := os.ReadFile(p)
		if err != nil {
			res.Diagnostics = append(res.Diagnostics, resource.Diagnostic{Error: true, File: rel,
				Summary: "cannot read file", Detail: err.Error()})
			continue
		}
		f := read(rel, src)
		res.Resources = append(res.Resources, f.out...)
		res.Diagnostics = append(res.Diagnostics, f.diags...)
	}
	return res
}

func relPath(root, p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil || strings.HasPrefix(r, "..") {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(r)
}

// file is one plan or state being read.
type file struct {
	rel   string
	src   []byte
	lines lineIndex
	diags resource.Diagnostics
	out   []*resource.Resource
	keys  map[string]bool
}

// read turns one file's bytes into resources and diagnostics. A panic (a bug, never the
// input's fault) becomes an error naming the file, so the rest of the scan goes on.
func read(rel string, src []byte) (f *file) {
	f = &file{rel: rel, src: src, lines: newLineIndex(src), keys: map[string]bool{}}
	defer func() {
		if r := recover(); r != nil {
			f.out = nil
			f.errorf(0, "internal error while reading this file; please report it", fmt.Sprint(r))
		}
	}()
	doc, err := decodeDocument(src)
	if err != nil {
		f.syntaxError(err)
		return f
	}
	switch {
	case doc.planned != nil || doc.changes != nil:
		f.plan(doc)
	case doc.resources != nil || doc.version != nil:
		f.state(doc)
	case doc.values != nil:
		f.shownState(doc)
	default:
		f.errorf(1, "not a Terraform plan or state",
			"expected the JSON of terraform show -json (planned_values, resource_changes) or a state file (version, resources)")
	}
	return f
}

func (f *file) syntaxError(err error) {
	off := 0
	if se, ok := err.(*syntaxError); ok {
		off = se.offset
	}
	if off > len(f.src) {
		off = len(f.src)
	}
	f.diags = append(f.diags, resource.Diagnostic{Error: true, File: f.rel, Line: f.lines.line(off),
		Column: f.lines.column(off), Summary: "invalid JSON", Detail: err.Error()})
}

func (f *file) errorf(line int, summary, detail string) {
	f.diags = append(f.diags, resource.Diagnostic{Error: true, File: f.rel, Line: line, Summary: summary, Detail: detail})
}

func (f *file) warnf(n *node, summary, detail string) {
	d := resource.Diagnostic{File: f.rel, Summary: summary, Detail: detail}
	if n != nil {
		d.Line, d.Column = f.lines.line(n.start), f.lines.column(n.start)
	}
	f.diags = append(f.diags, d)
}

// add emits a resource unless one with the same key was already emitted from this file.
func (f *file) add(r *resource.Resource, at *node) bool {
	if f.keys[r.Key] {
		f.warnf(at, "duplicate resource "+r.Key, "only the first is read")
		return false
	}
	f.keys[r.Key] = true
	f.out = append(f.out, r)
	return true
}

// document is what Plumb reads of a plan or state: every part it does not need (prior
// state, drift, variables, outputs, a change's before and after values) is read past
// without being built.
type document struct {
	version   *node // a state's format version
	planned   *node // a plan's planned_values
	config    *node // a plan's configuration
	changes   map[string]*change
	resources *node // a state's resources
	values    *node // terraform show -json of a state: values
}

// change is the part of a resource_changes entry Plumb needs.
type change struct {
	actions        []string
	afterUnknown   *node
	afterSensitive *node
}

func (c *change) deletes() bool {
	return c != nil && len(c.actions) == 1 && c.actions[0] == "delete"
}

func decodeDocument(src []byte) (*document, error) {
	d := newDecoder(src)
	doc := &document{}
	_, _, err := d.object(func(key string) error {
		var err error
		switch key {
		case "version":
			doc.version, err = d.value(1)
		case "planned_values":
			doc.planned, err = d.value(1)
		case "configuration":
			doc.config, err = d.value(1)
		case "resources":
			doc.resources, err = d.value(1)
		case "values":
			doc.values, err = d.value(1)
		case "resource_changes":
			doc.changes, err = readChanges(d)
		default:
			err = d.skip()
		}
		return err
	})
	if err == nil {
		err = d.end()
	}
	return doc, err
}

func readChanges(d *decoder) (map[string]*change, error) {
	out := map[string]*change{}
	err := d.array(func() error {
		var addr, mode string
		c := &change{}
		_, _, err := d.object(func(key string) error {
			switch key {
			case "address", "mode":
				n, err := d.value(2)
				if err == nil && n.kind == kindString {
					if key == "address" {
						addr = n.text
					} else {
						mode = n.text
					}
				}
				return err
			case "change":
				return readChange(d, c)
			}
			return d.skip()
		})
		if err == nil && mode != "data" && addr != "" {
			out[addr] = c
		}
		return err
	})
	return out, err
}

func readChange(d *decoder, c *change) error {
	_, _, err := d.object(func(key string) error {
		var err error
		var n *node
		switch key {
		case "actions":
			n, err = d.value(3)
			c.actions = n.strings()
		case "after_unknown":
			c.afterUnknown, err = d.value(3)
		case "after_sensitive":
			c.afterSensitive, err = d.value(3)
		default:
			err = d.skip()
		}
		return err
	})
	return err
}
