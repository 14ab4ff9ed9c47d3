package helm

import (
	"regexp"
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
)

// Values references. A template line whose only output is one value of .Values, written
// out whole, lets a finding point at the values file that set it:
//
//	privileged: {{ .Values.securityContext.privileged }}
//	image: {{ .Values.image | quote }}
//	{{- toYaml .Values.securityContext | nindent 12 }}
//	{{- .Values.podSecurityContext | toYaml | nindent 8 }}
//	{{- with .Values.tolerations }} … {{- toYaml . | nindent 8 }} … {{- end }}
//
// Functions that change how a value is written but not which value it is may follow
// (quote, toString, int, toYaml, toJson, indent, nindent, default, …). Anything else — two
// values on one line ("{{ .Values.image.repository }}:{{ .Values.image.tag }}"), a value
// computed by include, tpl, printf or ternary, a range variable — keeps the template line.

// passThrough are the functions that write a value as it is, or in another notation.
var passThrough = map[string]bool{
	"quote": true, "squote": true, "toString": true, "int": true, "int64": true, "float64": true,
	"toYaml": true, "toJson": true, "toPrettyJson": true, "toRawJson": true, "nindent": true,
	"indent": true, "trim": true, "default": true, "required": true, "toYamlPretty": true,
}

var assignment = regexp.MustCompile(`^\s*\$[\w]*\s*:?=`)

// valueRefs returns, by template line, the values path that the line's output writes out
// whole. Lines inside define and block bodies have none: their text belongs to the template
// that includes them.
func (t *template) valueRefs() map[int]resource.Path {
	refs := map[int]resource.Path{}
	outputs := map[int]int{}
	type scope struct {
		kw  string
		dot resource.Path // nil: the dot is not a values path
	}
	stack := []scope{{kw: "", dot: nil}}
	inDefine := 0
	for i := range t.actions {
		a := &t.actions[i]
		if a.comment {
			continue
		}
		cur := stack[len(stack)-1]
		switch kw := a.keyword(); kw {
		case "define", "block":
			inDefine++
			stack = append(stack, scope{kw: kw})
			continue
		case "if":
			stack = append(stack, scope{kw: kw, dot: cur.dot})
			continue
		case "range":
			stack = append(stack, scope{kw: kw})
			continue
		case "with":
			arg := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(a.body), "with"))
			stack = append(stack, scope{kw: kw, dot: resolve(arg, cur.dot)})
			continue
		case "else":
			if cur.kw == "with" && len(stack) > 1 {
				stack[len(stack)-1].dot = nil
			}
			continue
		case "end":
			if len(stack) > 1 {
				if cur.kw == "define" || cur.kw == "block" {
					inDefine--
				}
				stack = stack[:len(stack)-1]
			}
			continue
		case "template", "break", "continue":
			outputs[a.endLine]++
			continue
		}
		if inDefine > 0 || assignment.MatchString(a.body) {
			continue
		}
		outputs[a.endLine]++
		if p := pipelineRef(a.body, cur.dot); p != nil {
			refs[a.endLine] = p
		}
	}
	for line := range refs {
		if outputs[line] != 1 {
			delete(refs, line)
		}
	}
	return refs
}

// pipelineRef returns the values path a pipeline writes out whole, or nil.
func pipelineRef(body string, dot resource.Path) resource.Path {
	cmds := splitTop(body, '|')
	if len(cmds) == 0 {
		return nil
	}
	first := fields(cmds[0])
	var p resource.Path
	switch {
	case len(first) == 1:
		p = resolve(first[0], dot)
	case len(first) == 2 && passThrough[first[0]] && first[0] != "default":
		p = resolve(first[1], dot)
	case len(first) == 3 && first[0] == "default":
		p = resolve(first[2], dot)
	case len(first) == 3 && first[0] == "required":
		p = resolve(first[2], dot)
	}
	if p == nil {
		return nil
	}
	for _, c := range cmds[1:] {
		f := fields(c)
		if len(f) == 0 || !passThrough[f[0]] {
			return nil
		}
	}
	return p
}

var valuesField = regexp.MustCompile(`^\$?\.Values((?:\.[A-Za-z0-9_-]+)+)$`)
var dotField = regexp.MustCompile(`^((?:\.[A-Za-z0-9_-]+)*)$`)

// resolve reads an operand as a values path: .Values.a.b, $.Values.a.b, and, where the
// dot is a values path, . and .a.b. It returns nil for anything else.
func resolve(operand string, dot resource.Path) resource.Path {
	operand = strings.TrimSpace(operand)
	for strings.HasPrefix(operand, "(") && strings.HasSuffix(operand, ")") {
		operand = strings.TrimSpace(operand[1 : len(operand)-1])
	}
	if m := valuesField.FindStringSubmatch(operand); m != nil {
		return splitPath(m[1])
	}
	if dot == nil || strings.HasPrefix(operand, "$") {
		return nil
	}
	if operand == "." {
		return dot
	}
	if m := dotField.FindStringSubmatch(operand); m != nil && m[1] != "" {
		return append(append(resource.Path{}, dot...), splitPath(m[1])...)
	}
	return nil
}

func splitPath(s string) resource.Path {
	var p resource.Path
	for _, seg := range strings.Split(strings.TrimPrefix(s, "."), ".") {
		p = append(p, seg)
	}
	return p
}

// splitTop splits s at sep where sep is outside strings and parentheses.
func splitTop(s string, sep byte) []string {
	var out []string
	depth, last := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"', '\'':
			i = skipQuoted(s, i, c) - 1
		case '`':
			if e := strings.IndexByte(s[i+1:], '`'); e >= 0 {
				i += e + 1
			}
		case '(':
			depth++
		case ')':
			depth--
		default:
			if c == sep && depth == 0 {
				out = append(out, s[last:i])
				last = i + 1
			}
		}
	}
	return append(out, s[last:])
}

// fields splits a command into its words, keeping parenthesised and quoted words whole.
func fields(s string) []string {
	var out []string
	for _, f := range splitTop(strings.TrimSpace(s), ' ') {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

var staticKey = regexp.MustCompile(`^((?:-\s+)*)(?:("[^"]*"|'[^']*'|[^\s:"'{}\[\],#&*!|>%@-][^:]*?)\s*:)?\s*["']?$`)

// lineKey reads the YAML a template line writes before its first action: how many list
// items it opens ("- ") and the mapping key it names, if any.
func (t *template) lineKey(line int) (items int, key string, ok bool) {
	text := t.line(line)
	if i := strings.Index(text, "{{"); i >= 0 {
		text = text[:i]
	}
	m := staticKey.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return 0, "", false
	}
	key = strings.Trim(m[2], `"'`)
	return strings.Count(m[1], "-"), key, true
}
