package kubernetes

import "bytes"

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
