package store

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/plumbsec/plumb/internal/resource"
)

// valueParser reads the stored form of an attribute value straight into attribute values:
// numbers to int64 or float64, markers to what they stand for, escaped keys to the real
// ones. It is what makes reading a snapshot cheap: encoding/json into interface values and a
// second pass to fix them up cost several times as much.
type valueParser struct {
	data []byte
	pos  int
}

// parseValue reads one whole value from data.
func parseValue(data []byte) (any, error) {
	p := valueParser{data: data}
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.space()
	if p.pos != len(p.data) {
		return nil, p.errorf("data after the value")
	}
	return v, nil
}

func (p *valueParser) errorf(format string, args ...any) error {
	return &valueError{msg: fmt.Sprintf("offset %d: ", p.pos) + fmt.Sprintf(format, args...)}
}

func (p *valueParser) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *valueParser) value(depth int) (any, error) {
	if depth > maxDepth {
		return nil, p.errorf("nested deeper than %d levels", maxDepth)
	}
	p.space()
	if p.pos >= len(p.data) {
		return nil, p.errorf("unexpected end")
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		return p.string()
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case p.literal("true"):
		return true, nil
	case p.literal("false"):
		return false, nil
	case p.literal("null"):
		return nil, nil
	}
	return nil, p.errorf("unexpected %q", p.data[p.pos])
}

func (p *valueParser) literal(word string) bool {
	if strings.HasPrefix(string(p.data[p.pos:min(len(p.data), p.pos+len(word))]), word) {
		p.pos += len(word)
		return true
	}
	return false
}

func (p *valueParser) expect(c byte) error {
	p.space()
	if p.pos >= len(p.data) || p.data[p.pos] != c {
		return p.errorf("want %q", c)
	}
	p.pos++
	return nil
}

// next reads the byte after a member or element: ',' or the closing byte.
func (p *valueParser) next(closing byte) (more bool, err error) {
	p.space()
	if p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ',':
			p.pos++
			return true, nil
		case closing:
			p.pos++
			return false, nil
		}
	}
	return false, p.errorf("want ',' or %q", closing)
}

func (p *valueParser) object(depth int) (any, error) {
	p.pos++ // {
	m := map[string]any{}
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return m, nil
	}
	for first := true; ; first = false {
		if err := p.expect('"'); err != nil {
			return nil, err
		}
		p.pos--
		k, err := p.string()
		if err != nil {
			return nil, err
		}
		if err := p.expect(':'); err != nil {
			return nil, err
		}
		marker := strings.HasPrefix(k, "$") && !strings.HasPrefix(k, "$$")
		if !marker {
			k = strings.TrimPrefix(k, "$") // "$$x" is the real key "$x"
		}
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, under(k, err)
		}
		more, err := p.next('}')
		if err != nil {
			return nil, err
		}
		if marker {
			if !first || more {
				return nil, p.errorf("marker %q among other keys", k)
			}
			return decodeMarker(k, v)
		}
		m[k] = v
		if !more {
			return m, nil
		}
	}
}

func (p *valueParser) array(depth int) (any, error) {
	p.pos++ // [
	list := []any{}
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return list, nil
	}
	for {
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, under(len(list), err)
		}
		list = append(list, v)
		more, err := p.next(']')
		if err != nil {
			return nil, err
		}
		if !more {
			return list, nil
		}
	}
}

func (p *valueParser) number() (any, error) {
	start := p.pos
	float := false
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		if c == '.' || c == 'e' || c == 'E' {
			float = true
		} else if !(c >= '0' && c <= '9' || c == '-' || c == '+') {
			break
		}
		p.pos++
	}
	s := string(p.data[start:p.pos])
	if !float {
		if i, err := strconv.ParseInt(s, 10, 64); err == nil {
			return i, nil
		}
		// An integer too large for int64 was not written by this codec; keep its value.
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !math.IsInf(f, 0) {
		return nil, p.errorf("invalid number %s", s)
	}
	return f, nil
}

// string reads a JSON string at p.pos (which is at its opening quote).
func (p *valueParser) string() (string, error) {
	p.pos++ // "
	start := p.pos
	for p.pos < len(p.data) {
		switch c := p.data[p.pos]; {
		case c == '"':
			raw := p.data[start:p.pos]
			p.pos++
			return validUTF8(raw), nil
		case c == '\\':
			return p.escapedString(start)
		case c < 0x20:
			return "", p.errorf("control character in a string")
		}
		p.pos++
	}
	return "", p.errorf("unterminated string")
}

func (p *valueParser) escapedString(start int) (string, error) {
	b := append([]byte(nil), p.data[start:p.pos]...)
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		switch {
		case c == '"':
			p.pos++
			return validUTF8(b), nil
		case c < 0x20:
			return "", p.errorf("control character in a string")
		case c != '\\':
			b = append(b, c)
			p.pos++
			continue
		}
		if p.pos+1 >= len(p.data) {
			break
		}
		p.pos += 2
		switch e := p.data[p.pos-1]; e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				return "", p.errorf("invalid \\u escape")
			}
			if utf16.IsSurrogate(r) {
				// A pair makes one rune; a lone half is U+FFFD, and what follows it is
				// read on its own, as encoding/json does.
				dec := utf8.RuneError
				if p.pos+1 < len(p.data) && p.data[p.pos] == '\\' && p.data[p.pos+1] == 'u' {
					save := p.pos
					p.pos += 2
					if r2, ok := p.hex4(); ok {
						dec = utf16.DecodeRune(r, r2)
					}
					if dec == utf8.RuneError {
						p.pos = save
					}
				}
				r = dec
			}
			b = utf8.AppendRune(b, r)
		default:
			return "", p.errorf("invalid escape \\%c", e)
		}
	}
	return "", p.errorf("unterminated string")
}

// validUTF8 makes a string of b, each run of bytes that is not UTF-8 becoming U+FFFD as
// encoding/json does: the codec never writes them, but a file edited by hand might hold them.
func validUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

func (p *valueParser) hex4() (rune, bool) {
	if p.pos+4 > len(p.data) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(p.data[p.pos:p.pos+4]), 16, 16)
	if err != nil {
		return 0, false
	}
	p.pos += 4
	return rune(n), true
}

// parseResource reads the stored form of a resource (see MarshalResource) without
// reflection. Members it does not know are skipped, so a document written by a newer Plumb
// with more fields still reads.
func parseResource(data []byte) (*resource.Resource, error) {
	p := valueParser{data: data}
	r := &resource.Resource{}
	err := p.members(func(key string) error {
		var err error
		switch key {
		case "key":
			r.Key, err = p.stringValue()
		case "type":
			r.Type, err = p.stringValue()
		case "origin":
			var o string
			o, err = p.stringValue()
			r.Origin = resource.Origin(o)
		case "module":
			r.Module, err = p.stringValue()
		case "root":
			r.Root, err = p.stringValue()
		case "attributes":
			if p.null() {
				return nil
			}
			var v any
			if v, err = p.value(0); err != nil {
				return fmt.Errorf("attribute %w", err)
			}
			m, ok := v.(map[string]any)
			if !ok {
				return fmt.Errorf("attributes are a %T, not an object", v)
			}
			r.Attributes = m
		case "locations":
			if p.null() {
				return nil
			}
			r.Locations = map[string]resource.Location{}
			err = p.members(func(path string) error {
				l, err := p.location()
				r.Locations[path] = l
				return err
			})
		case "references":
			if p.null() {
				return nil
			}
			r.References = []resource.Reference{}
			err = p.elements(func() error {
				var ref resource.Reference
				err := p.members(func(k string) error {
					var err error
					switch k {
					case "attribute":
						ref.Attribute, err = p.stringValue()
					case "target":
						ref.Target, err = p.stringValue()
					default:
						err = p.skip(0)
					}
					return err
				})
				r.References = append(r.References, ref)
				return err
			})
		case "unknowns":
			if p.null() {
				return nil
			}
			r.Unknowns = []resource.Path{}
			err = p.elements(func() error {
				path, err := p.path()
				r.Unknowns = append(r.Unknowns, path)
				return err
			})
		default:
			err = p.skip(0)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("stored resource %s: %w", r.Key, err)
	}
	p.space()
	if p.pos != len(p.data) {
		return nil, fmt.Errorf("stored resource %s: data after the document", r.Key)
	}
	return r, nil
}

// members reads an object, calling fn for each member with the parser at its value.
func (p *valueParser) members(fn func(key string) error) error {
	if err := p.expect('{'); err != nil {
		return err
	}
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return nil
	}
	for {
		k, err := p.stringValue()
		if err != nil {
			return err
		}
		if err := p.expect(':'); err != nil {
			return err
		}
		if err := fn(k); err != nil {
			return err
		}
		if more, err := p.next('}'); err != nil || !more {
			return err
		}
	}
}

// elements reads an array, calling fn with the parser at each element.
func (p *valueParser) elements(fn func() error) error {
	if err := p.expect('['); err != nil {
		return err
	}
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return nil
	}
	for {
		if err := fn(); err != nil {
			return err
		}
		if more, err := p.next(']'); err != nil || !more {
			return err
		}
	}
}

func (p *valueParser) null() bool {
	p.space()
	return p.literal("null")
}

func (p *valueParser) stringValue() (string, error) {
	p.space()
	if p.pos >= len(p.data) || p.data[p.pos] != '"' {
		return "", p.errorf("want a string")
	}
	return p.string()
}

func (p *valueParser) intValue() (int, error) {
	p.space()
	v, err := p.number()
	if err != nil {
		return 0, err
	}
	i, ok := v.(int64)
	if !ok {
		return 0, p.errorf("want an integer")
	}
	return int(i), nil
}

func (p *valueParser) location() (resource.Location, error) {
	var l resource.Location
	err := p.members(func(k string) error {
		var err error
		switch k {
		case "file":
			l.File, err = p.stringValue()
		case "start_line":
			l.StartLine, err = p.intValue()
		case "end_line":
			l.EndLine, err = p.intValue()
		case "via":
			err = p.elements(func() error {
				v, err := p.location()
				l.Via = append(l.Via, v)
				return err
			})
		default:
			err = p.skip(0)
		}
		return err
	})
	return l, err
}

// path reads a path: an array of strings (map keys) and integers (list indexes).
func (p *valueParser) path() (resource.Path, error) {
	if p.null() {
		return nil, nil
	}
	path := resource.Path{}
	err := p.elements(func() error {
		p.space()
		if p.pos < len(p.data) && p.data[p.pos] == '"' {
			s, err := p.string()
			path = append(path, s)
			return err
		}
		i, err := p.intValue()
		path = append(path, i)
		return err
	})
	return path, err
}

// skip reads a value of any shape and drops it; unlike value, it gives '$' keys no meaning.
func (p *valueParser) skip(depth int) error {
	if depth > maxDepth {
		return p.errorf("nested deeper than %d levels", maxDepth)
	}
	p.space()
	if p.pos >= len(p.data) {
		return p.errorf("unexpected end")
	}
	switch p.data[p.pos] {
	case '{':
		return p.members(func(string) error { return p.skip(depth + 1) })
	case '[':
		return p.elements(func() error { return p.skip(depth + 1) })
	}
	_, err := p.value(depth)
	return err
}
