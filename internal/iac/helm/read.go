package helm

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/plumbsec/plumb/internal/iac/kubernetes"
	"github.com/plumbsec/plumb/internal/resource"
)

// read turns one template's rendered output into resources located in the template.
func (r *release) read(key, out string) {
	base := path.Base(key)
	if strings.HasPrefix(base, "_") || base == "NOTES.txt" {
		return
	}
	tf := r.files[key]
	if tf == nil {
		return
	}
	plain, lines := strip(out, tf.id, tf.tmpl.lines())
	if strings.TrimSpace(plain) == "" {
		return // a template its values turned off
	}
	if !tf.mapped {
		lines = alignLines(tf.tmpl, plain)
	}
	rs, diags := kubernetes.Parse(tf.file, []byte(plain))
	for _, d := range diags {
		if d.Summary == "empty document" {
			continue // Helm drops empty documents without a word
		}
		d.Line = lines.at(d.Line)
		if d.Line > 0 && !d.Error {
			d.Detail = strings.TrimSpace(d.Detail + " (in the rendered output of this line)")
		}
		r.res.Diagnostics = append(r.res.Diagnostics, d)
	}
	for _, res := range rs {
		res.Origin = resource.OriginHelm
		res.Root = r.top.dir
		for k, l := range res.Locations {
			res.Locations[k] = remap(l, lines)
		}
		r.attributeValues(res, tf)
	}
	r.res.Resources = append(r.res.Resources, rs...)
}

func remap(l resource.Location, lines lineMap) resource.Location {
	l.StartLine, l.EndLine = lines.span(l.StartLine, l.EndLine)
	if len(l.Via) > 0 {
		via := make([]resource.Location, len(l.Via))
		for i, v := range l.Via {
			via[i] = remap(v, lines)
		}
		l.Via = via
	}
	return l
}

// attributeValues points every attribute that a template line writes out whole from
// .Values at the values file line that set it, with the template line in Via.
func (r *release) attributeValues(res *resource.Resource, tf *templateFile) {
	if len(tf.refs) == 0 {
		return
	}
	orig := make(map[string]resource.Location, len(res.Locations))
	for k, l := range res.Locations {
		orig[k] = l
	}
	for k, l := range orig {
		if k == "" || l.File != tf.file {
			continue
		}
		ref, ok := tf.refs[l.StartLine]
		if !ok {
			continue
		}
		q := resource.ParsePath(k)
		// The anchor is the nearest enclosing attribute the template wrote on another line:
		// what the values sit under.
		anchor := len(q) - 1
		for ; anchor > 0; anchor-- {
			if pl, ok := orig[q[:anchor].String()]; !ok || pl.File != l.File || pl.StartLine != l.StartLine {
				break
			}
		}
		rel := q[anchor:]
		items, key, ok := tf.tmpl.lineKey(l.StartLine)
		if !ok {
			continue
		}
		for ; items > 0 && len(rel) > 0; items-- {
			if _, isIndex := rel[0].(int); !isIndex {
				break
			}
			rel = rel[1:]
		}
		if key != "" {
			if len(rel) == 0 || rel[0] != key {
				continue
			}
			rel = rel[1:]
		}
		vp := append(append(resource.Path{}, ref...), rel...)
		vl, found := tf.node.origins.lookup(vp, len(ref))
		if !found {
			continue
		}
		via := l
		via.Via = nil
		vl.Via = append([]resource.Location{via}, l.Via...)
		res.Locations[k] = vl
	}
}

// readCRDs reads the CustomResourceDefinitions of crds/ directories, which Helm installs
// as they are, without rendering them.
func (r *release) readCRDs() {
	for _, crd := range r.top.c.CRDObjects() {
		n := r.nodes[strings.TrimSuffix(filepath.ToSlash(crd.Filename), "/"+crd.Name)]
		if n == nil || crd.File == nil {
			continue
		}
		name := joinRel(n.dir, crd.Name)
		rs, diags := kubernetes.Parse(name, crd.File.Data)
		r.res.Diagnostics = append(r.res.Diagnostics, diags...)
		for _, res := range rs {
			res.Origin = resource.OriginHelm
			res.Root = r.top.dir
		}
		r.res.Resources = append(r.res.Resources, rs...)
		if n.disk != "" {
			r.res.Files = append(r.res.Files, name)
		}
	}
}
