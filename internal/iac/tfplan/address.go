package tfplan

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// instanceKey is the key of one instance of a resource or module call with count (intKey)
// or for_each (stringKey); nil is the key of a block with neither.
type instanceKey interface {
	suffix() string
}

type intKey int

type stringKey string

// suffix is how the HCL loader writes the key in an address, so that a plan's keys and the
// configuration's keys are the same strings.
func (k intKey) suffix() string    { return "[" + strconv.Itoa(int(k)) + "]" }
func (k stringKey) suffix() string { return "[" + strconv.Quote(string(k)) + "]" }

func suffixOf(k instanceKey) string {
	if k == nil {
		return ""
	}
	return k.suffix()
}

// step is one step of a traversal: a name (aws_s3_bucket, module, id) or an index.
type step struct {
	name string
	key  instanceKey // set for an index step
}

// parseTraversal reads the addresses and references Terraform writes in plans and state:
// names joined by dots, with indexes that are whole numbers or quoted strings
// (module.a["k"].aws_s3_bucket.b[0].id). It reports false for anything else.
func parseTraversal(s string) ([]step, bool) {
	var out []step
	for i := 0; i < len(s); {
		if s[i] == '[' {
			k, n, ok := parseIndex(s[i:])
			if !ok || len(out) == 0 {
				return nil, false
			}
			out = append(out, step{key: k})
			i += n
			continue
		}
		if i > 0 {
			if s[i] != '.' {
				return nil, false
			}
			i++
		}
		j := i
		for j < len(s) && isNameByte(s[j]) {
			j++
		}
		if j == i {
			return nil, false
		}
		out = append(out, step{name: s[i:j]})
		i = j
	}
	return out, len(out) > 0
}

func isNameByte(c byte) bool {
	return c == '_' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ||
		c >= utf8.RuneSelf
}

// parseIndex reads [123] or ["key"] at the start of s, returning the key and bytes used.
func parseIndex(s string) (instanceKey, int, bool) {
	if len(s) < 3 {
		return nil, 0, false
	}
	if s[1] == '"' {
		v, n, ok := unquote(s[1:])
		if !ok || 1+n >= len(s) || s[1+n] != ']' {
			return nil, 0, false
		}
		return stringKey(v), n + 2, true
	}
	end := strings.IndexByte(s, ']')
	if end < 2 {
		return nil, 0, false
	}
	n, err := strconv.Atoi(s[1:end])
	if err != nil || n < 0 || s[1] == '+' {
		return nil, 0, false
	}
	return intKey(n), end + 1, true
}

// unquote reads a string in HCL's quoting, as Terraform writes instance keys (Go's escapes
// are accepted too), from the opening quote at s[0]; it returns the value and the bytes
// used, closing quote included.
func unquote(s string) (string, int, bool) {
	var b strings.Builder
	for i := 1; i < len(s); {
		c := s[i]
		switch {
		case c == '"':
			return b.String(), i + 1, true
		case c == '\\':
			if i+1 >= len(s) {
				return "", 0, false
			}
			e := s[i+1]
			switch e {
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case '"', '\\':
				b.WriteByte(e)
			case 'a', 'b', 'f', 'v':
				b.WriteByte(map[byte]byte{'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v'}[e])
			case 'x': // Go's quoting, as the HCL loader writes keys
				if i+4 > len(s) {
					return "", 0, false
				}
				x, err := strconv.ParseUint(s[i+2:i+4], 16, 8)
				if err != nil {
					return "", 0, false
				}
				b.WriteByte(byte(x))
				i += 4
				continue
			case 'u', 'U':
				width := 4
				if e == 'U' {
					width = 8
				}
				if i+2+width > len(s) {
					return "", 0, false
				}
				r, err := strconv.ParseUint(s[i+2:i+2+width], 16, 32)
				if err != nil {
					return "", 0, false
				}
				b.WriteRune(rune(r))
				i += 2 + width
				continue
			default:
				return "", 0, false
			}
			i += 2
		case (c == '$' || c == '%') && i+2 < len(s) && s[i+1] == c && s[i+2] == '{':
			b.WriteByte(c) // $${ and %%{ escape a template sequence
			b.WriteByte('{')
			i += 3
		default:
			b.WriteByte(c)
			i++
		}
	}
	return "", 0, false
}

// moduleStep is one module call instance on a module path.
type moduleStep struct {
	name string
	key  instanceKey
}

// address is a resource instance's absolute address, parsed.
type address struct {
	module []moduleStep
	mode   string // "managed" or "data"
	typ    string
	name   string
	key    instanceKey
}

// parseAddress reads module.a["k"].module.b[0].aws_s3_bucket.b["x"] (or data.TYPE.NAME).
func parseAddress(s string) (address, bool) {
	steps, ok := parseTraversal(s)
	if !ok {
		return address{}, false
	}
	var a address
	a.module, steps, ok = parseModulePrefix(steps)
	if !ok {
		return address{}, false
	}
	a.mode = "managed"
	if len(steps) > 0 && steps[0].name == "data" {
		a.mode, steps = "data", steps[1:]
	}
	switch {
	case len(steps) == 2 && steps[0].key == nil && steps[1].key == nil:
	case len(steps) == 3 && steps[0].key == nil && steps[1].key == nil && steps[2].key != nil:
		a.key = steps[2].key
	default:
		return address{}, false
	}
	a.typ, a.name = steps[0].name, steps[1].name
	return a, true
}

// parseModule reads a module instance address; "" is the root module.
func parseModule(s string) ([]moduleStep, bool) {
	if s == "" {
		return nil, true
	}
	steps, ok := parseTraversal(s)
	if !ok {
		return nil, false
	}
	mod, rest, ok := parseModulePrefix(steps)
	return mod, ok && len(rest) == 0
}

// parseModulePrefix takes the leading module.NAME[KEY] steps off a traversal.
func parseModulePrefix(steps []step) ([]moduleStep, []step, bool) {
	var mod []moduleStep
	for len(steps) >= 2 && steps[0].name == "module" && steps[0].key == nil {
		if steps[1].key != nil {
			return nil, nil, false
		}
		m := moduleStep{name: steps[1].name}
		steps = steps[2:]
		if len(steps) > 0 && steps[0].key != nil {
			m.key, steps = steps[0].key, steps[1:]
		}
		mod = append(mod, m)
	}
	return mod, steps, true
}

func moduleString(mod []moduleStep) string {
	var b strings.Builder
	for i, m := range mod {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString("module.")
		b.WriteString(m.name)
		b.WriteString(suffixOf(m.key))
	}
	return b.String()
}

// configPath is a module path without instance keys ("storage.policy"), naming the module's
// configuration, which every instance of a call shares.
func configPath(mod []moduleStep) string {
	names := make([]string, len(mod))
	for i, m := range mod {
		names[i] = m.name
	}
	return strings.Join(names, ".")
}

// String renders the address as the HCL loader keys the same resource instance.
func (a address) String() string {
	k := a.typ + "." + a.name + suffixOf(a.key)
	if a.mode == "data" {
		k = "data." + k
	}
	if m := moduleString(a.module); m != "" {
		return m + "." + k
	}
	return k
}
