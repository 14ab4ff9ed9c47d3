package kubernetes

import (
	"bytes"
	"sort"
)

// source is one file's text, split into lines once so that every document, error and
// location can be mapped to file lines.
type source struct {
	name   string
	text   []byte
	starts []int // byte offset of each line's first byte; line n (1-based) starts at starts[n-1]
}

func newSource(name string, text []byte) *source {
	text = bytes.TrimPrefix(text, []byte("\xef\xbb\xbf")) // a byte order mark is not content
	s := &source{name: name, text: text, starts: make([]int, 1, bytes.Count(text, []byte{'\n'})+1)}
	for i, c := range text {
		if c == '\n' && i+1 < len(text) {
			s.starts = append(s.starts, i+1)
		}
	}
	if len(text) == 0 {
		s.starts = s.starts[:0]
	}
	return s
}

// lines is the number of lines in the file.
func (s *source) lines() int { return len(s.starts) }

// line returns line n (1-based) without its line break.
func (s *source) line(n int) []byte {
	if n < 1 || n > len(s.starts) {
		return nil
	}
	end := len(s.text)
	if n < len(s.starts) {
		end = s.starts[n]
	}
	l := bytes.TrimSuffix(s.text[s.starts[n-1]:end], []byte{'\n'})
	return bytes.TrimSuffix(l, []byte{'\r'})
}

// blank reports whether line n holds nothing a YAML parser would read: spaces, a comment
// or a document end marker.
func (s *source) blank(n int) bool {
	l := bytes.TrimLeft(s.line(n), " \t")
	return len(l) == 0 || l[0] == '#' || marker(s.line(n), "...")
}

// trimBack returns the last line at or before limit that is not blank, but never less
// than floor.
func (s *source) trimBack(limit, floor int) int {
	for limit > floor && s.blank(limit) {
		limit--
	}
	if limit < floor {
		return floor
	}
	return limit
}

// document is a range of lines holding one YAML document.
type document struct {
	first, last int // 1-based, inclusive
	explicit    bool
	content     bool
}

// text returns the document's bytes.
func (s *source) textOf(d document) []byte {
	end := len(s.text)
	if d.last < len(s.starts) {
		end = s.starts[d.last]
	}
	return s.text[s.starts[d.first-1]:end]
}

// documents splits the file at its document markers, so that a YAML error in one document
// does not hide the ones after it (a YAML parser stops at its first error). A line starting
// with "---" begins a document, unless what precedes it in the current one is only
// comments and directives; a line starting with "..." ends one. Per the YAML
// specification these markers end any scalar, so splitting on them never cuts a value.
// Ranges without content are kept only when they were explicitly started, so that the
// caller can report empty documents.
func (s *source) documents() []document {
	var out []document
	cur := document{first: 1}
	flush := func(last int) {
		cur.last = last
		if cur.last >= cur.first && (cur.content || cur.explicit) {
			out = append(out, cur)
		}
	}
	for n := 1; n <= s.lines(); n++ {
		l := s.line(n)
		switch {
		case marker(l, "---"):
			if cur.content || cur.explicit {
				flush(n - 1)
				cur = document{first: n}
			}
			cur.explicit = true
			if rest := bytes.TrimSpace(l[3:]); len(rest) > 0 && rest[0] != '#' {
				cur.content = true // "--- {a: 1}", "--- |"
			}
		case marker(l, "..."):
			flush(n)
			cur = document{first: n + 1}
		default:
			t := bytes.TrimLeft(l, " \t")
			if len(t) > 0 && t[0] != '#' && !(l[0] == '%' && !cur.explicit) {
				cur.content = true
			}
		}
	}
	if !cur.content && s.bareMarker(cur.first) {
		return out // a file that ends with "---" has no empty document after it
	}
	flush(s.lines())
	return out
}

// bareMarker reports whether line first is a "---" with nothing after it to the end of the
// file.
func (s *source) bareMarker(first int) bool {
	if !marker(s.line(first), "---") || len(bytes.TrimSpace(s.line(first)[3:])) > 0 {
		return false
	}
	for n := first + 1; n <= s.lines(); n++ {
		if len(bytes.TrimSpace(s.line(n))) > 0 {
			return false
		}
	}
	return true
}

// marker reports whether line l is the document marker m ("---" or "...") at column 0,
// followed by nothing or by white space.
func marker(l []byte, m string) bool {
	if !bytes.HasPrefix(l, []byte(m)) {
		return false
	}
	return len(l) == 3 || l[3] == ' ' || l[3] == '\t'
}

// lineOf returns the line (1-based) that holds byte offset off.
func (s *source) lineOf(off int) int {
	return sort.Search(len(s.starts), func(i int) bool { return s.starts[i] > off })
}

// chunk is one document range as the YAML parser sees it. The parser also breaks lines at
// a lone CR, NEL, LS and PS, which editors and this package's line numbers (LF, CRLF) do
// not; for a chunk holding any of them, its lines are mapped through their byte offsets.
type chunk struct {
	src  *source
	doc  document
	text []byte
	// breaks holds, when the parser's lines differ from the file's, the offset in text at
	// which each parser line starts; nil when they agree.
	breaks []int
}

func (s *source) chunk(d document) *chunk {
	c := &chunk{src: s, doc: d, text: s.textOf(d)}
	if !otherBreaks(c.text) {
		return c
	}
	c.breaks = []int{0}
	for i := 0; i < len(c.text); i++ {
		switch w := breakWidth(c.text[i:]); {
		case w == 0:
		case c.text[i] == '\r' && i+1 < len(c.text) && c.text[i+1] == '\n':
			i++
			c.breaks = append(c.breaks, i+1)
		default:
			i += w - 1
			c.breaks = append(c.breaks, i+1)
		}
	}
	return c
}

// otherBreaks reports whether text holds a line break other than LF and CRLF.
func otherBreaks(text []byte) bool {
	for i := bytes.IndexByte(text, '\r'); i >= 0; {
		if i+1 >= len(text) || text[i+1] != '\n' {
			return true
		}
		next := bytes.IndexByte(text[i+1:], '\r')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return bytes.Contains(text, []byte("\xc2\x85")) || bytes.Contains(text, []byte("\xe2\x80\xa8")) ||
		bytes.Contains(text, []byte("\xe2\x80\xa9"))
}

// breakWidth is the length of the YAML line break b starts with, 0 for none.
func breakWidth(b []byte) int {
	switch {
	case b[0] == '\n' || b[0] == '\r':
		return 1
	case len(b) > 1 && b[0] == 0xc2 && b[1] == 0x85:
		return 2
	case len(b) > 2 && b[0] == 0xe2 && b[1] == 0x80 && (b[2] == 0xa8 || b[2] == 0xa9):
		return 3
	}
	return 0
}

// fileLine returns the file line of the parser's line n (1-based) in this chunk, always
// inside the chunk.
func (c *chunk) fileLine(n int) int {
	n = max(n, 1)
	var l int
	if c.breaks == nil {
		l = c.doc.first - 1 + n
	} else {
		n = min(n, len(c.breaks))
		l = c.src.lineOf(c.src.starts[c.doc.first-1] + c.breaks[n-1])
	}
	return min(max(l, c.doc.first), c.doc.last)
}
