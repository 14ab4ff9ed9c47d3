package dockerfile

import (
	"strings"
	"unicode"
)

// flag is one --name[=value] of an instruction, as the parser split it.
type flag struct {
	name, value string
	bare        bool // --link: no value given
}

func parseFlags(raw []string) []flag {
	out := make([]flag, 0, len(raw))
	for _, f := range raw {
		f = strings.TrimPrefix(f, "--")
		name, value, hasValue := strings.Cut(f, "=")
		out = append(out, flag{name: strings.ToLower(name), value: value, bare: !hasValue})
	}
	return out
}

// flagMap is the generic view of an instruction's flags: name → value, the last one when a
// flag is repeated, "" for a bare flag.
func flagMap(fs []flag) map[string]any {
	m := make(map[string]any, len(fs))
	for _, f := range fs {
		m[f.name] = maskText(f.value)
	}
	return m
}

func lastFlag(fs []flag, name string) (flag, bool) {
	for i := len(fs) - 1; i >= 0; i-- {
		if fs[i].name == name {
			return fs[i], true
		}
	}
	return flag{}, false
}

func allFlags(fs []flag, name string) []string {
	var out []string
	for _, f := range fs {
		if f.name == name {
			out = append(out, f.value)
		}
	}
	return out
}

// boolFlag reads a boolean flag: bare or "true" is true.
func boolFlag(fs []flag, name string) (bool, bool) {
	f, ok := lastFlag(fs, name)
	if !ok {
		return false, false
	}
	return f.bare || strings.EqualFold(f.value, "true"), true
}

// parseMount reads a RUN --mount value: comma-separated key=value options, with the
// aliases BuildKit accepts folded into one name.
func parseMount(s string) map[string]any {
	m := map[string]any{"type": "bind"}
	for _, opt := range splitCSV(s) {
		k, v, hasValue := strings.Cut(strings.TrimSpace(opt), "=")
		k = strings.ToLower(k)
		switch k {
		case "src":
			k = "source"
		case "dst", "destination":
			k = "target"
		case "ro":
			k = "readonly"
		case "":
			continue
		}
		if !hasValue {
			m[k] = true
			continue
		}
		m[k] = maskText(v)
	}
	return m
}

// splitCSV splits on commas outside double quotes and strips the quotes.
func splitCSV(s string) []string {
	var out []string
	var cur strings.Builder
	quoted := false
	for _, r := range s {
		switch {
		case r == '"':
			quoted = !quoted
		case r == ',' && !quoted:
			out = append(out, cur.String())
			cur.Reset()
		default:
			cur.WriteRune(r)
		}
	}
	return append(out, cur.String())
}

// argText returns an instruction's arguments as written: the original line (continuations
// joined) without the keyword and the leading --flags.
func argText(original string) string {
	s := strings.TrimSpace(original)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return ""
	}
	s = strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	for strings.HasPrefix(s, "--") {
		end := flagEnd(s)
		word := s[:end]
		s = strings.TrimLeftFunc(s[end:], unicode.IsSpace)
		if word == "--" {
			break
		}
	}
	return s
}

// flagEnd is the index of the whitespace that ends the flag at the start of s, quotes
// respected.
func flagEnd(s string) int {
	var quote rune
	for i, r := range s {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '"' || r == '\'':
			quote = r
		case unicode.IsSpace(r):
			return i
		}
	}
	return len(s)
}
