package resource

// Unknown is the value of an attribute that cannot be known before apply. It is a distinct
// type so that no comparison in Go can mistake it for a real value; policies see it as the
// object {"__plumb_unknown__": true}, which equals no literal a rule could compare against.
type Unknown struct{}

// UnknownMarker is the key of the object that stands for Unknown in policy input.
const UnknownMarker = "__plumb_unknown__"

// IsUnknown reports whether v is Unknown.
func IsUnknown(v any) bool {
	_, ok := v.(Unknown)
	return ok
}

// Get returns the value at p in the attribute tree and whether it exists.
func Get(attrs map[string]any, p Path) (any, bool) {
	var cur any = attrs
	for _, seg := range p {
		switch c := cur.(type) {
		case map[string]any:
			k, ok := seg.(string)
			if !ok {
				k = toSeg(seg)
			}
			v, ok := c[k]
			if !ok {
				return nil, false
			}
			cur = v
		case []any:
			i, ok := seg.(int)
			if !ok || i < 0 || i >= len(c) {
				return nil, false
			}
			cur = c[i]
		default:
			return nil, false
		}
	}
	return cur, true
}

// FindUnknowns walks v and returns the paths below base whose values are Unknown, in tree
// order (map keys sorted).
func FindUnknowns(v any, base Path) []Path {
	var out []Path
	walkUnknowns(v, base, &out)
	return out
}

func walkUnknowns(v any, p Path, out *[]Path) {
	switch x := v.(type) {
	case Unknown:
		*out = append(*out, p)
	case map[string]any:
		for _, k := range sortedKeys(x) {
			walkUnknowns(x[k], p.Append(k), out)
		}
	case []any:
		for i, e := range x {
			walkUnknowns(e, p.Append(i), out)
		}
	}
}
