package store

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/plumbsec/plumb/internal/resource"
)

// The stored form of a resource is a JSON object:
//
//	{"key":…, "type":…, "origin":…, "module":…,
//	 "attributes":{…}, "locations":{"path":{"file":…,"start_line":…,"end_line":…,"via":[…]}},
//	 "references":[{"attribute":…,"target":…}], "unknowns":[["ingress",0,"cidr_blocks"]]}
//
// Attribute values are plain JSON wherever JSON can say exactly what the value is, so the
// stored documents read well and can be queried. Where it cannot, a value is an object with
// a single key that starts with '$' (a marker):
//
//	{"$unknown":true}       resource.Unknown
//	{"$float":"NaN"}        a float64 JSON has no number for: "NaN", "+Inf", "-Inf"
//	{"$bytes":"base64…"}    a string that is not valid UTF-8
//
// A map key that itself starts with '$' is written with one more '$' in front, so no real
// map is ever read as a marker. Numbers keep their Go type: an int64 is written as an
// integer ("5") and a float64 always with a '.' or an exponent ("5.0", "1e+21").
//
// The canonical model's types round-trip exactly: map[string]any, []any, string, bool, nil,
// int64, float64 and Unknown; nil and empty are told apart for the resource's own maps and
// lists. Other types that adapters may produce are stored as the canonical type they stand
// for and read back as it: other integer types as int64, float32 as float64, json.Number as
// int64 or float64, []string as []any, map[string]string as map[string]any. A typed nil
// list or map inside the attribute tree reads back empty, and an empty Location.Via as nil.

// Markers.
const (
	markUnknown = "$unknown"
	markFloat   = "$float"
	markBytes   = "$bytes"
)

// MarshalResource encodes a resource in its stored form.
func MarshalResource(r *resource.Resource) ([]byte, error) {
	return AppendResource(nil, r)
}

// AppendResource appends the stored form of r to b.
func AppendResource(b []byte, r *resource.Resource) ([]byte, error) {
	b = append(b, `{"key":`...)
	b = appendString(b, r.Key)
	b = append(b, `,"type":`...)
	b = appendString(b, r.Type)
	b = append(b, `,"origin":`...)
	b = appendString(b, string(r.Origin))
	b = append(b, `,"module":`...)
	b = appendString(b, r.Module)
	b = append(b, `,"root":`...)
	b = appendString(b, r.Root)
	b = append(b, `,"attributes":`...)
	var err error
	if r.Attributes == nil {
		b = append(b, "null"...)
	} else if b, err = appendMap(b, r.Attributes, 0); err != nil {
		return nil, fmt.Errorf("resource %s: attribute %w", r.Key, err)
	}
	b = append(b, `,"locations":`...)
	b = appendLocations(b, r.Locations)
	b = append(b, `,"references":`...)
	b = appendReferences(b, r.References)
	b = append(b, `,"unknowns":`...)
	if r.Unknowns == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, p := range r.Unknowns {
			if i > 0 {
				b = append(b, ',')
			}
			b = AppendPath(b, p)
		}
		b = append(b, ']')
	}
	return append(b, '}'), nil
}

// UnmarshalResource decodes the stored form of a resource.
func UnmarshalResource(data []byte) (*resource.Resource, error) { return parseResource(data) }

// MarshalValue encodes one attribute value (a subtree, as a drift change holds) in the form
// resources use.
func MarshalValue(v any) ([]byte, error) { return AppendValue(nil, v) }

// AppendValue appends the stored form of v to b.
func AppendValue(b []byte, v any) ([]byte, error) {
	b, err := appendValue(b, v, 0)
	if err != nil {
		return nil, fmt.Errorf("value %w", err)
	}
	return b, nil
}

// UnmarshalValue decodes a value that MarshalValue encoded.
func UnmarshalValue(data []byte) (any, error) {
	v, err := parseValue(data)
	if err != nil {
		return nil, fmt.Errorf("stored value %w", err)
	}
	return v, nil
}

// MarshalPath encodes a path as a JSON array of its segments: map keys as strings, list
// indexes as numbers. Unlike Path.String, it keeps a map key made of digits a string.
func MarshalPath(p resource.Path) []byte { return AppendPath(nil, p) }

// AppendPath appends the stored form of p to b.
func AppendPath(b []byte, p resource.Path) []byte {
	if p == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, seg := range p {
		if i > 0 {
			b = append(b, ',')
		}
		switch s := seg.(type) {
		case string:
			b = appendString(b, s)
		case int:
			b = strconv.AppendInt(b, int64(s), 10)
		case int64:
			b = strconv.AppendInt(b, s, 10)
		default:
			b = appendString(b, fmt.Sprint(s))
		}
	}
	return append(b, ']')
}

// UnmarshalPath decodes a path that MarshalPath encoded.
func UnmarshalPath(data []byte) (resource.Path, error) {
	p := valueParser{data: data}
	path, err := p.path()
	if err != nil {
		return nil, fmt.Errorf("stored path: %w", err)
	}
	p.space()
	if p.pos != len(p.data) {
		return nil, fmt.Errorf("stored path: data after the path")
	}
	return path, nil
}

// valueError is an encoding or decoding problem at a path in an attribute tree; it reads
// "a.0.b: problem" so that callers can put the resource in front.
type valueError struct {
	path resource.Path
	msg  string
}

func (e *valueError) Error() string {
	if len(e.path) == 0 {
		return "(root): " + e.msg
	}
	return e.path.String() + ": " + e.msg
}

func under(seg any, err error) error {
	if ve, ok := err.(*valueError); ok {
		ve.path = append(resource.Path{seg}, ve.path...)
	}
	return err
}

// maxDepth bounds nesting, as the policy engine's conversion does.
const maxDepth = 1000

func appendValue(b []byte, v any, depth int) ([]byte, error) {
	if depth > maxDepth {
		return nil, &valueError{msg: fmt.Sprintf("nested deeper than %d levels", maxDepth)}
	}
	switch x := v.(type) {
	case nil:
		return append(b, "null"...), nil
	case bool:
		return strconv.AppendBool(b, x), nil
	case string:
		if !utf8.ValidString(x) {
			b = append(b, `{"`+markBytes+`":"`...)
			b = base64.StdEncoding.AppendEncode(b, []byte(x))
			return append(b, `"}`...), nil
		}
		return appendString(b, x), nil
	case int64:
		return strconv.AppendInt(b, x, 10), nil
	case float64:
		return appendFloat(b, x), nil
	case map[string]any:
		return appendMap(b, x, depth)
	case []any:
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = appendValue(b, e, depth+1); err != nil {
				return nil, under(i, err)
			}
		}
		return append(b, ']'), nil
	case resource.Unknown:
		return append(b, `{"`+markUnknown+`":true}`...), nil
	case []string:
		list := make([]any, len(x))
		for i, s := range x {
			list[i] = s
		}
		return appendValue(b, list, depth)
	case map[string]string:
		m := make(map[string]any, len(x))
		for k, s := range x {
			m[k] = s
		}
		return appendMap(b, m, depth)
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return strconv.AppendInt(b, i, 10), nil
		}
		f, err := x.Float64()
		if err != nil {
			return nil, &valueError{msg: fmt.Sprintf("invalid number %q", string(x))}
		}
		return appendFloat(b, f), nil
	case float32:
		return appendFloat(b, float64(x)), nil
	}
	if i, ok := asInt64(v); ok {
		return strconv.AppendInt(b, i, 10), nil
	}
	return nil, &valueError{msg: fmt.Sprintf("unsupported value of type %T", v)}
}

func asInt64(v any) (int64, bool) {
	switch x := v.(type) {
	case int:
		return int64(x), true
	case int32:
		return int64(x), true
	case int16:
		return int64(x), true
	case int8:
		return int64(x), true
	case uint:
		return int64(x), uint64(x) <= math.MaxInt64
	case uint64:
		return int64(x), x <= math.MaxInt64
	case uint32:
		return int64(x), true
	case uint16:
		return int64(x), true
	case uint8:
		return int64(x), true
	}
	return 0, false
}

func appendMap(b []byte, m map[string]any, depth int) ([]byte, error) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b = append(b, '{')
	for i, k := range keys {
		if !utf8.ValidString(k) {
			return nil, &valueError{path: resource.Path{k}, msg: "map key is not valid UTF-8"}
		}
		if i > 0 {
			b = append(b, ',')
		}
		if strings.HasPrefix(k, "$") {
			b = appendString(b, "$"+k)
		} else {
			b = appendString(b, k)
		}
		b = append(b, ':')
		var err error
		if b, err = appendValue(b, m[k], depth+1); err != nil {
			return nil, under(k, err)
		}
	}
	return append(b, '}'), nil
}

func appendFloat(b []byte, f float64) []byte {
	switch {
	case math.IsNaN(f):
		return append(b, `{"`+markFloat+`":"NaN"}`...)
	case math.IsInf(f, 1):
		return append(b, `{"`+markFloat+`":"+Inf"}`...)
	case math.IsInf(f, -1):
		return append(b, `{"`+markFloat+`":"-Inf"}`...)
	}
	start := len(b)
	b = strconv.AppendFloat(b, f, 'g', -1, 64)
	if bytes.IndexAny(b[start:], ".e") < 0 {
		b = append(b, ".0"...)
	}
	return b
}

const hexDigits = "0123456789abcdef"

// appendString writes s as a JSON string. Invalid UTF-8 becomes U+FFFD, as with
// encoding/json (attribute values never get here invalid: they are stored as $bytes).
// Unlike encoding/json it leaves <, > and & alone: the documents are stored, not embedded
// in HTML.
func appendString(b []byte, s string) []byte {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

func appendLocations(b []byte, locs map[string]resource.Location) []byte {
	if locs == nil {
		return append(b, "null"...)
	}
	keys := make([]string, 0, len(locs))
	for k := range locs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, k)
		b = append(b, ':')
		b = appendLocation(b, locs[k])
	}
	return append(b, '}')
}

func appendLocation(b []byte, l resource.Location) []byte {
	b = append(b, `{"file":`...)
	b = appendString(b, l.File)
	b = append(b, `,"start_line":`...)
	b = strconv.AppendInt(b, int64(l.StartLine), 10)
	b = append(b, `,"end_line":`...)
	b = strconv.AppendInt(b, int64(l.EndLine), 10)
	if len(l.Via) > 0 {
		b = append(b, `,"via":[`...)
		for i, v := range l.Via {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendLocation(b, v)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

func appendReferences(b []byte, refs []resource.Reference) []byte {
	if refs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, r := range refs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"attribute":`...)
		b = appendString(b, r.Attribute)
		b = append(b, `,"target":`...)
		b = appendString(b, r.Target)
		b = append(b, '}')
	}
	return append(b, ']')
}

func decodeMarker(k string, v any) (any, error) {
	switch k {
	case markUnknown:
		if v == true {
			return resource.Unknown{}, nil
		}
	case markFloat:
		switch v {
		case "NaN":
			return math.NaN(), nil
		case "+Inf":
			return math.Inf(1), nil
		case "-Inf":
			return math.Inf(-1), nil
		}
	case markBytes:
		if s, ok := v.(string); ok {
			raw, err := base64.StdEncoding.DecodeString(s)
			if err == nil {
				return string(raw), nil
			}
		}
	}
	return nil, &valueError{msg: fmt.Sprintf("unknown marker {%q: %v}", k, v)}
}
