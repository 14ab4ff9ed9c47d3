package resource

import (
	"strconv"
	"strings"
)

// Path addresses a value in an attribute tree: map keys as strings, list indexes as ints.
type Path []any

// String renders a path as dot-separated segments: Path{"ingress", 0, "cidr_blocks"} is
// "ingress.0.cidr_blocks". The empty path renders as "".
func (p Path) String() string {
	var b strings.Builder
	for i, s := range p {
		if i > 0 {
			b.WriteByte('.')
		}
		switch v := s.(type) {
		case string:
			b.WriteString(v)
		case int:
			b.WriteString(strconv.Itoa(v))
		default:
			b.WriteString(toString(v))
		}
	}
	return b.String()
}

func toString(v any) string {
	switch x := v.(type) {
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case string:
		return x
	}
	return ""
}

// Append returns a new path with segs appended; p is not modified.
func (p Path) Append(segs ...any) Path {
	out := make(Path, 0, len(p)+len(segs))
	out = append(out, p...)
	return append(out, segs...)
}

// HasPrefix reports whether q is a prefix of p (every path has the empty prefix).
func (p Path) HasPrefix(q Path) bool {
	if len(q) > len(p) {
		return false
	}
	for i := range q {
		if !segEqual(p[i], q[i]) {
			return false
		}
	}
	return true
}

// Overlaps reports whether one of p and q is a prefix of the other: a value at one of them
// contains or is contained in the value at the other.
func (p Path) Overlaps(q Path) bool { return p.HasPrefix(q) || q.HasPrefix(p) }

func segEqual(a, b any) bool {
	if a == b {
		return true
	}
	return toSeg(a) == toSeg(b)
}

func toSeg(v any) string {
	switch x := v.(type) {
	case int:
		return strconv.Itoa(x)
	default:
		return toString(x)
	}
}

// ParsePath parses the String form of a path. Segments made only of digits become indexes.
func ParsePath(s string) Path {
	if s == "" {
		return Path{}
	}
	parts := strings.Split(s, ".")
	p := make(Path, len(parts))
	for i, part := range parts {
		if n, err := strconv.Atoi(part); err == nil && n >= 0 {
			p[i] = n
		} else {
			p[i] = part
		}
	}
	return p
}
