package helm

import (
	"strings"
)

// A template file is read here twice over: once by Helm's engine, which renders it, and once
// by this small lexer, which finds its actions ({{ … }}) and the text between them without
// evaluating anything. The lexer knows what the engine's lexer (text/template/parse) knows
// about where an action ends: strings, raw strings, character constants and comments may
// hold "}}", and "{{- " / " -}}" trim the white space beside them.

// action is one {{ … }} of a template.
type action struct {
	start, end int // byte offsets of "{{" and just past "}}"
	leftTrim   bool
	rightTrim  bool
	body       string // what is between the delimiters and the trim markers
	comment    bool
	line       int // 1-based line of "{{"
	endLine    int // 1-based line of "}}"
}

// keyword is the action's first word when it is one of the template language's control
// words (if, range, with, define, block, else, end, template, break, continue), else "".
func (a *action) keyword() string {
	w := strings.TrimSpace(a.body)
	if i := strings.IndexAny(w, " \t\r\n("); i >= 0 {
		w = w[:i]
	}
	switch w {
	case "if", "range", "with", "define", "block", "else", "end", "template", "break", "continue":
		return w
	}
	return ""
}

// opens reports whether the action starts a block that an {{ end }} closes.
func (a *action) opens() bool {
	switch a.keyword() {
	case "if", "range", "with", "define", "block":
		return true
	}
	return false
}

// template is one template file split into actions, with its line starts.
type template struct {
	src     string
	actions []action
	starts  []int // byte offset of each line's first byte
	// ok is false when the lexer found an action that does not end (the engine reports
	// the parse error; nothing is instrumented).
	ok bool
}

func lexTemplate(src string) *template {
	t := &template{src: src, starts: []int{0}, ok: true}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			t.starts = append(t.starts, i+1)
		}
	}
	pos := 0
	for {
		i := strings.Index(src[pos:], "{{")
		if i < 0 {
			return t
		}
		a := action{start: pos + i}
		end, ok := t.actionEnd(&a)
		if !ok {
			t.ok = false
			return t
		}
		a.end = end
		a.line, a.endLine = t.lineOf(a.start), t.lineOf(a.end-1)
		t.actions = append(t.actions, a)
		pos = end
	}
}

// actionEnd finds the end of the action that starts at a.start and fills in its trim
// markers and body.
func (t *template) actionEnd(a *action) (int, bool) {
	src := t.src
	p := a.start + 2
	if p+1 < len(src) && src[p] == '-' && isSpace(src[p+1]) {
		a.leftTrim = true
		p += 2
	}
	bodyStart := p
	q := p
	for q < len(src) && isSpace(src[q]) {
		q++
	}
	if strings.HasPrefix(src[q:], "/*") {
		e := strings.Index(src[q+2:], "*/")
		if e < 0 {
			return 0, false
		}
		a.comment = true
		p = q + 2 + e + 2
		rest := src[p:]
		switch {
		case strings.HasPrefix(rest, "}}"):
			a.body = src[bodyStart:p]
			return p + 2, true
		case len(rest) >= 4 && isSpace(rest[0]) && strings.HasPrefix(rest[1:], "-}}"):
			a.rightTrim = true
			a.body = src[bodyStart:p]
			return p + 4, true
		}
		return 0, false
	}
	for p < len(src) {
		switch c := src[p]; c {
		case '"', '\'':
			p = skipQuoted(src, p, c)
			continue
		case '`':
			e := strings.IndexByte(src[p+1:], '`')
			if e < 0 {
				return 0, false
			}
			p += e + 2
			continue
		case '}':
			if strings.HasPrefix(src[p:], "}}") {
				a.body = src[bodyStart:p]
				if p-2 >= bodyStart && src[p-1] == '-' && isSpace(src[p-2]) {
					a.rightTrim = true
					a.body = src[bodyStart : p-2]
				}
				return p + 2, true
			}
		}
		p++
	}
	return 0, false
}

// skipQuoted returns the offset just past the string or character constant that starts at
// p with quote q; an unterminated one ends at the line's end, as the engine's lexer says.
func skipQuoted(src string, p int, q byte) int {
	for i := p + 1; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case q:
			return i + 1
		case '\n':
			return i
		}
	}
	return len(src)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// lineOf returns the 1-based line holding byte offset off.
func (t *template) lineOf(off int) int {
	lo, hi := 0, len(t.starts)
	for lo < hi {
		m := (lo + hi) / 2
		if t.starts[m] <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// lines is the number of lines of the template.
func (t *template) lines() int {
	if strings.HasSuffix(t.src, "\n") {
		return len(t.starts) - 1
	}
	return len(t.starts)
}

// line returns line n without its line break.
func (t *template) line(n int) string {
	if n < 1 || n > len(t.starts) {
		return ""
	}
	end := len(t.src)
	if n < len(t.starts) {
		end = t.starts[n] - 1
	}
	return strings.TrimSuffix(t.src[t.starts[n-1]:end], "\r")
}
