package cloudformation

import (
	"fmt"
	"strconv"

	"github.com/plumbsec/plumb/internal/resource"
)

// kind is what a template value is once its intrinsic functions are evaluated.
type kind uint8

const (
	scalarKind  kind = iota // scalar holds a string, int64, float64, bool or nil
	mapKind                 // keys and entries
	listKind                // items
	unknownKind             // known only once the stack exists
	noValueKind             // Ref AWS::NoValue: the property is removed
)

// val is a template value with its provenance: where it was set and the resources it was
// read from. vals are never changed once built; functions that adjust one return a copy.
type val struct {
	kind   kind
	scalar any
	keys   []string // map keys in source order
	m      map[string]*val
	items  []*val
	// loc is where the value was set: its own lines in the template, or the parameter
	// default, params-file entry or mapping entry it was read from.
	loc resource.Location
	// via is where the value was used when loc is elsewhere (the property that read a
	// parameter); zero when the value was written in place.
	via resource.Location
	// refs are the keys of the resources the value was computed from.
	refs []string
}

func scalarVal(s any, loc resource.Location) *val { return &val{kind: scalarKind, scalar: s, loc: loc} }

func unknownVal(loc resource.Location, refs ...string) *val {
	return &val{kind: unknownKind, loc: loc, refs: dedupe(refs)}
}

func noValue(loc resource.Location) *val { return &val{kind: noValueKind, loc: loc} }

func listVal(loc resource.Location, items ...*val) *val {
	return &val{kind: listKind, items: items, loc: loc}
}

// mapVal builds a map from alternating keys and values; nil values are left out.
func mapVal(loc resource.Location, kv ...any) *val {
	v := &val{kind: mapKind, m: map[string]*val{}, loc: loc}
	for i := 0; i+1 < len(kv); i += 2 {
		if e, ok := kv[i+1].(*val); ok && e != nil {
			v.set(kv[i].(string), e)
		}
	}
	return v
}

// set adds or replaces an entry of a map being built. Only for maps still under
// construction: a finished val is never changed.
func (v *val) set(k string, e *val) {
	if _, ok := v.m[k]; !ok {
		v.keys = append(v.keys, k)
	}
	v.m[k] = e
}

// get returns the entry k of a map, or nil.
func (v *val) get(k string) *val {
	if v == nil || v.kind != mapKind {
		return nil
	}
	return v.m[k]
}

func (v *val) isUnknown() bool { return v != nil && v.kind == unknownKind }

// str returns the value as a string when it is a known scalar: numbers and booleans are
// written as CloudFormation would pass them to a resource.
func (v *val) str() (string, bool) {
	if v == nil || v.kind != scalarKind {
		return "", false
	}
	switch s := v.scalar.(type) {
	case string:
		return s, true
	case int64:
		return strconv.FormatInt(s, 10), true
	case float64:
		return strconv.FormatFloat(s, 'f', -1, 64), true
	case bool:
		return strconv.FormatBool(s), true
	}
	return "", false
}

// hasUnknown reports whether any part of v is unknown.
func (v *val) hasUnknown() bool {
	switch v.kind {
	case unknownKind:
		return true
	case mapKind:
		for _, k := range v.keys {
			if v.m[k].hasUnknown() {
				return true
			}
		}
	case listKind:
		for _, e := range v.items {
			if e.hasUnknown() {
				return true
			}
		}
	}
	return false
}

// allRefs collects the references of v and everything in it.
func (v *val) allRefs() []string {
	out := append([]string(nil), v.refs...)
	switch v.kind {
	case mapKind:
		for _, k := range v.keys {
			out = append(out, v.m[k].allRefs()...)
		}
	case listKind:
		for _, e := range v.items {
			out = append(out, e.allRefs()...)
		}
	}
	return dedupe(out)
}

// plain converts a known value to Go values (for comparisons and Fn::ToJsonString).
func (v *val) plain() any {
	switch v.kind {
	case scalarKind:
		return v.scalar
	case mapKind:
		m := make(map[string]any, len(v.keys))
		for _, k := range v.keys {
			if e := v.m[k]; e.kind != noValueKind {
				m[k] = e.plain()
			}
		}
		return m
	case listKind:
		l := make([]any, 0, len(v.items))
		for _, e := range v.items {
			if e.kind != noValueKind {
				l = append(l, e.plain())
			}
		}
		return l
	}
	return nil
}

// equal compares two known values as CloudFormation does: scalars by their string form.
func equal(a, b *val) bool {
	if a.kind != b.kind {
		return false
	}
	switch a.kind {
	case scalarKind:
		as, aok := a.str()
		bs, bok := b.str()
		return aok && bok && as == bs || !aok && !bok
	case listKind:
		if len(a.items) != len(b.items) {
			return false
		}
		for i := range a.items {
			if !equal(a.items[i], b.items[i]) {
				return false
			}
		}
		return true
	case mapKind:
		if len(a.keys) != len(b.keys) {
			return false
		}
		for _, k := range a.keys {
			e, ok := b.m[k]
			if !ok || !equal(a.m[k], e) {
				return false
			}
		}
		return true
	case noValueKind:
		return true
	}
	return false
}

// withRefs returns a copy of v that also carries refs.
func (v *val) withRefs(refs []string) *val {
	if len(refs) == 0 {
		return v
	}
	c := *v
	c.refs = dedupe(append(append([]string(nil), v.refs...), refs...))
	return &c
}

// usedAt returns v as seen at a place of use: a value written in place is located from
// start (the line of the key that holds it) to its end; a value read from elsewhere keeps
// its location and records the place of use in via.
func (v *val) usedAt(file string, start int) *val {
	c := *v
	if c.via.IsZero() {
		if c.loc.File == file && start > 0 && start < c.loc.StartLine {
			c.loc.StartLine = start
		}
		return &c
	}
	if start > 0 && start < c.via.StartLine {
		c.via.StartLine = start
	}
	return &c
}

// readFrom returns v, set at its own location, as read at the place of use: v and
// everything in it are marked as used at via.
func (v *val) readFrom(via resource.Location) *val {
	c := *v
	c.via = via
	switch v.kind {
	case mapKind:
		c.m = make(map[string]*val, len(v.m))
		for k, e := range v.m {
			c.m[k] = e.readFrom(via)
		}
	case listKind:
		c.items = make([]*val, len(v.items))
		for i, e := range v.items {
			c.items[i] = e.readFrom(via)
		}
	}
	return &c
}

// location is where the value was set, with the place of use as Via when they differ.
func (v *val) location() resource.Location {
	l := v.loc
	if !v.via.IsZero() && (v.via.File != l.File || v.via.StartLine != l.StartLine) {
		l.Via = []resource.Location{v.via}
	}
	return l
}

func (v *val) String() string {
	switch v.kind {
	case unknownKind:
		return "(unknown)"
	case noValueKind:
		return "(no value)"
	}
	return fmt.Sprint(v.plain())
}

func dedupe(ss []string) []string {
	if len(ss) < 2 {
		return ss
	}
	seen := make(map[string]bool, len(ss))
	out := ss[:0:0]
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
