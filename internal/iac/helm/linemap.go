package helm

import (
	"sort"
	"strconv"
	"strings"
)

// Mapping rendered lines back to template lines.
//
// Before a chart is rendered, every template file gets a marker, "\x1e<file>.<line>\x1f",
// at the end of each of its lines that lies in the file's own text (outside actions and
// outside {{ define }} and {{ block }} bodies, whose text ends up in other files' output).
// A marker is put where it changes nothing but itself: before the line break when the
// break is rendered; at the start of a run of white space that a following "{{- " trims,
// or at the end of one that only a preceding " -}}" trims, so that no trim stops early.
// Markers are plain text to the engine, so the rendered file is the same text as without
// them once they are taken out, and each line's marker comes after everything that line
// produced and before anything a later line produces.
//
// Reading the render back, a rendered line came from the template line of the first marker
// after its first visible character: its own static text and its actions' output (a value,
// or the many lines a toYaml or include writes) all precede that marker. Markers of other
// files (a template that includes a whole file) are ignored.

const (
	markStart = '\x1e'
	markEnd   = '\x1f'
)

// instrument returns src with a marker, naming file id, for each of its lines. ok is false
// when src could not be lexed; src is then returned as it is and its lines cannot be mapped.
func instrument(src string, id int) (string, bool) {
	t := lexTemplate(src)
	if !t.ok {
		return src, false
	}
	m := &marking{t: t}
	depth, defineDepth := 0, -1 // block nesting, and the depth at which a define began
	prevEnd, prevRightTrim := 0, false
	for i := range t.actions {
		a := &t.actions[i]
		if defineDepth < 0 {
			m.text(prevEnd, a.start, prevRightTrim, a.leftTrim)
		}
		switch {
		case a.comment:
		case a.opens():
			if k := a.keyword(); (k == "define" || k == "block") && defineDepth < 0 {
				defineDepth = depth
			}
			depth++
		case a.keyword() == "end":
			depth--
			if depth == defineDepth {
				defineDepth = -1
			}
		}
		prevEnd, prevRightTrim = a.end, a.rightTrim
	}
	if defineDepth < 0 {
		m.text(prevEnd, len(src), prevRightTrim, false)
		m.add(len(src), t.lines())
	}
	return m.apply(id), true
}

// marking collects where the markers of one template go.
type marking struct {
	t   *template
	ins []insertion
}

type insertion struct{ at, line int }

func (m *marking) add(at, line int) { m.ins = append(m.ins, insertion{at, line}) }

// text places the markers of the text between two actions, src[from:to]: the action before
// it trims its leading white space when trimLead, the action after it its trailing white
// space when trimTrail.
func (m *marking) text(from, to int, trimLead, trimTrail bool) {
	t := m.t
	text := t.src[from:to]
	lead, trail := 0, 0
	if trimLead {
		lead = len(text) - len(strings.TrimLeft(text, " \t\r\n"))
	}
	if trimTrail && lead < len(text) {
		trail = len(text) - len(strings.TrimRight(text, " \t\r\n"))
	}
	emitted := text[lead : len(text)-trail]
	base := from + lead
	for i := 0; i < len(emitted); i++ {
		if emitted[i] == '\n' {
			at := base + i
			if i > 0 && emitted[i-1] == '\r' {
				at-- // before CRLF, not between its bytes
			}
			m.add(at, t.lineOf(base+i))
		}
	}
	nl := func(s string) int { return strings.IndexByte(s, '\n') }
	if len(text) > 0 && lead == len(text) {
		// all white space, trimmed by the action before it (and maybe the one after)
		if n := nl(text); n >= 0 {
			at := to // the end of the run stops no trim of the action before
			if trimTrail {
				at = from // nor does its start, when the next action trims too
			}
			m.add(at, t.lineOf(from+n))
		}
		return
	}
	if n := nl(text[len(text)-trail:]); trail > 0 && n >= 0 {
		m.add(to-trail, t.lineOf(to-trail+n))
	}
	if n := nl(text[:lead]); lead > 0 && n >= 0 {
		m.add(from+lead, t.lineOf(from+n))
	}
}

// apply returns the template with the markers inserted.
func (m *marking) apply(id int) string {
	src := m.t.src
	sort.SliceStable(m.ins, func(i, j int) bool { return m.ins[i].at < m.ins[j].at })
	var b strings.Builder
	b.Grow(len(src) + len(m.ins)*8)
	last := 0
	prefix := string(markStart) + strconv.Itoa(id) + "."
	for _, in := range m.ins {
		b.WriteString(src[last:in.at])
		b.WriteString(prefix)
		b.WriteString(strconv.Itoa(in.line))
		b.WriteByte(markEnd)
		last = in.at
	}
	b.WriteString(src[last:])
	return b.String()
}

// lineMap is, for each rendered line (index n-1 for line n), the template line it came from.
type lineMap []int

// at returns the template line of rendered line n, clamped to the rendered lines.
func (m lineMap) at(n int) int {
	if len(m) == 0 {
		return 1
	}
	return m[min(max(n, 1), len(m))-1]
}

// span maps rendered lines first..last to the template lines they came from: the least and
// the greatest of the two ends (a range loop's items map back onto the same lines).
func (m lineMap) span(first, last int) (int, int) {
	a, b := m.at(first), m.at(last)
	if b < a {
		a, b = b, a
	}
	return a, b
}

// strip removes every marker from out, the instrumented render of file id, and returns the
// plain text with the template line of each of its lines. fallback is the line given to a
// rendered line that has no marker after it.
func strip(out string, id, fallback int) (string, lineMap) {
	if strings.IndexByte(out, markStart) < 0 {
		return out, nil
	}
	own := strconv.Itoa(id) + "."
	type mark struct{ pos, line int }
	var marks []mark
	var b strings.Builder
	b.Grow(len(out))
	for i := 0; i < len(out); {
		c := out[i]
		if c != markStart {
			b.WriteByte(c)
			i++
			continue
		}
		e := strings.IndexByte(out[i:], markEnd)
		if e < 0 { // a lone separator that is not one of ours
			b.WriteByte(c)
			i++
			continue
		}
		body := out[i+1 : i+e]
		if rest, ok := strings.CutPrefix(body, own); ok {
			if n, err := strconv.Atoi(rest); err == nil {
				marks = append(marks, mark{b.Len(), n})
			}
		}
		i += e + 1
	}
	plain := b.String()
	var m lineMap
	k := 0
	for start := 0; start <= len(plain); {
		end := strings.IndexByte(plain[start:], '\n')
		if end < 0 {
			end = len(plain)
		} else {
			end += start
		}
		first := start
		for first < end && (plain[first] == ' ' || plain[first] == '\t') {
			first++
		}
		// a blank line takes the marker that ends it; any other, the first after its text
		for k < len(marks) && (marks[k].pos < first || marks[k].pos == first && first < end) {
			k++
		}
		line := fallback
		if k < len(marks) {
			line = marks[k].line
		}
		m = append(m, line)
		if end == len(plain) {
			break
		}
		start = end + 1
	}
	return plain, m
}

// alignLines maps rendered lines to template lines without markers, for a template that
// could not be instrumented: each rendered line goes to the next template line (from the
// last one matched, wrapping round for loops) whose static text before its first action
// starts it, or else stays with the last line matched.
func alignLines(t *template, plain string) lineMap {
	masked := []byte(t.src)
	for _, a := range t.actions {
		for i := a.start; i < a.end; i++ {
			if masked[i] != '\n' {
				masked[i] = 0
			}
		}
	}
	mt := &template{src: string(masked), starts: t.starts}
	statics := make([]string, t.lines()+1)
	for n := 1; n <= t.lines(); n++ {
		s := mt.line(n)
		if i := strings.IndexByte(s, 0); i >= 0 {
			s = s[:i]
		}
		statics[n] = strings.TrimSpace(s)
	}
	var m lineMap
	cur := 1
	for _, l := range strings.Split(plain, "\n") {
		l = strings.TrimSpace(l)
		if l != "" {
			for k := 0; k < len(statics)-1; k++ {
				n := (cur-1+k)%(len(statics)-1) + 1
				if statics[n] != "" && strings.HasPrefix(l, statics[n]) {
					cur = n
					break
				}
			}
		}
		m = append(m, cur)
	}
	return m
}
