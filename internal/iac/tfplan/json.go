package tfplan

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// maxDepth bounds how deeply nested a document may be. Terraform's own documents stay far
// below it; a deeper one is hostile or broken, and refusing it keeps recursion bounded.
const maxDepth = 256

type kind uint8

const (
	kindNull kind = iota
	kindBool
	kindNumber
	kindString
	kindObject
	kindArray
	kindSkipped // read past without being built
)

// node is a JSON value and the bytes it spans in its file.
type node struct {
	kind       kind
	start, end int    // offset of the value's first byte, and one past its last
	text       string // a string's value or a number's literal
	truth      bool
	keys       []string // an object's member names, in file order
	elems      []*node  // an object's member values (parallel to keys) or an array's elements
}

// get returns the value of an object's member, the last one when the name repeats (as
// encoding/json would decode it), or nil.
func (n *node) get(key string) *node {
	if n == nil || n.kind != kindObject {
		return nil
	}
	for i := len(n.keys) - 1; i >= 0; i-- {
		if n.keys[i] == key {
			return n.elems[i]
		}
	}
	return nil
}

// str returns a string member's value, or "".
func (n *node) str(key string) string {
	if v := n.get(key); v != nil && v.kind == kindString {
		return v.text
	}
	return ""
}

// list returns an array's elements, or nil for anything else.
func (n *node) list() []*node {
	if n == nil || n.kind != kindArray {
		return nil
	}
	return n.elems
}

// strings returns the string elements of an array.
func (n *node) strings() []string {
	var out []string
	for _, e := range n.list() {
		if e.kind == kindString {
			out = append(out, e.text)
		}
	}
	return out
}

// decoder builds nodes from a document held in memory, keeping the byte offsets where each
// value starts and ends: that is all a location needs. It is a small JSON reader of its own
// rather than encoding/json's Decoder, whose tokens cost an allocation each and whose Decode
// (the only way to read past a value) builds an error at the end of every value read
// mid-stream; reading past the parts of a plan Plumb does not use is most of the work.
type decoder struct {
	src []byte
	pos int
	// slab hands out nodes a block at a time, and elems and keys hold the children of the
	// objects and arrays being read, copied out at the end of each into a slice of the exact
	// size: a plan has millions of values, and one allocation each (plus the doubling of
	// every growing slice) was most of the cost of reading one.
	slab  []node
	elems []*node
	keys  []string
	// interned holds the short strings read so far: member names and values such as
	// "managed" repeat in every resource.
	interned map[string]string
}

func (d *decoder) newNode(start int) *node {
	if len(d.slab) == 0 {
		d.slab = make([]node, 256)
	}
	n := &d.slab[0]
	d.slab = d.slab[1:]
	n.start = start
	return n
}

func newDecoder(src []byte) *decoder { return &decoder{src: src} }

// syntaxError is a malformed document, at a byte offset.
type syntaxError struct {
	offset int
	msg    string
}

func (e *syntaxError) Error() string { return e.msg }

func (d *decoder) errorf(format string, args ...any) error {
	return &syntaxError{offset: d.pos, msg: fmt.Sprintf(format, args...)}
}

func (d *decoder) unexpected(what string) error {
	if d.pos >= len(d.src) {
		return d.errorf("unexpected end of JSON input")
	}
	return d.errorf("invalid character %s %s", quoteChar(d.src[d.pos]), what)
}

func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

func (d *decoder) ws() {
	for d.pos < len(d.src) {
		switch d.src[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// peek skips whitespace and returns the next byte, or 0 at the end (a NUL byte in the
// input is never valid where peek is used, and is reported by what follows).
func (d *decoder) peek() byte {
	d.ws()
	if d.pos >= len(d.src) {
		return 0
	}
	return d.src[d.pos]
}

// end checks that nothing but whitespace follows the document.
func (d *decoder) end() error {
	if d.ws(); d.pos < len(d.src) {
		return d.unexpected("after top-level value")
	}
	return nil
}

// value builds the next value and everything in it.
func (d *decoder) value(depth int) (*node, error) {
	if depth > maxDepth {
		return nil, d.errorf("nested deeper than %d levels", maxDepth)
	}
	c := d.peek()
	n := d.newNode(d.pos)
	var err error
	switch {
	case c == '{':
		n.kind = kindObject
		mark, keyMark := len(d.elems), len(d.keys)
		err = d.members(func(key string) error {
			v, err := d.value(depth + 1)
			if err == nil {
				d.keys = append(d.keys, key)
				d.elems = append(d.elems, v)
			}
			return err
		})
		if err == nil && len(d.elems) > mark {
			n.keys = append([]string(nil), d.keys[keyMark:]...)
			n.elems = append([]*node(nil), d.elems[mark:]...)
		}
		d.keys, d.elems = d.keys[:keyMark], d.elems[:mark]
	case c == '[':
		n.kind = kindArray
		mark := len(d.elems)
		err = d.elements(func() error {
			v, err := d.value(depth + 1)
			if err == nil {
				d.elems = append(d.elems, v)
			}
			return err
		})
		if err == nil && len(d.elems) > mark {
			n.elems = append([]*node(nil), d.elems[mark:]...)
		}
		d.elems = d.elems[:mark]
	case c == '"':
		n.kind = kindString
		n.text, err = d.string()
	case c == '-' || c >= '0' && c <= '9':
		n.kind = kindNumber
		n.text, err = d.number()
	case c == 't':
		n.kind, n.truth, err = kindBool, true, d.literal("true")
	case c == 'f':
		n.kind, err = kindBool, d.literal("false")
	case c == 'n':
		n.kind, err = kindNull, d.literal("null")
	default:
		err = d.unexpected("looking for beginning of value")
	}
	if err != nil {
		return nil, err
	}
	n.end = d.pos
	return n, nil
}

// skip reads past the next value without building it.
func (d *decoder) skip() error { return d.skipValue(1) }

func (d *decoder) skipValue(depth int) error {
	if depth > maxDepth {
		return d.errorf("nested deeper than %d levels", maxDepth)
	}
	switch c := d.peek(); {
	case c == '{':
		return d.members(func(string) error { return d.skipValue(depth + 1) })
	case c == '[':
		return d.elements(func() error { return d.skipValue(depth + 1) })
	case c == '"':
		return d.skipString()
	case c == '-' || c >= '0' && c <= '9':
		_, err := d.number()
		return err
	case c == 't':
		return d.literal("true")
	case c == 'f':
		return d.literal("false")
	case c == 'n':
		return d.literal("null")
	}
	return d.unexpected("looking for beginning of value")
}

func (d *decoder) literal(lit string) error {
	if !bytes.HasPrefix(d.src[d.pos:], []byte(lit)) {
		for i := 0; i < len(lit) && d.pos < len(d.src) && d.src[d.pos] == lit[i]; i++ {
			d.pos++
		}
		return d.unexpected("in literal " + lit)
	}
	d.pos += len(lit)
	return nil
}

// object reads an object, calling member for each name with the decoder positioned at its
// value, which member must read (with value, skip or object). It returns the object's extent.
func (d *decoder) object(member func(key string) error) (start, end int, err error) {
	if d.peek() != '{' {
		if d.pos >= len(d.src) {
			return 0, 0, d.unexpected("")
		}
		return 0, 0, d.errorf("expected an object, found %s", describe(d.src[d.pos]))
	}
	start = d.pos
	if err := d.members(member); err != nil {
		return 0, 0, err
	}
	return start, d.pos, nil
}

// array reads an array, calling element with the decoder positioned at each element.
func (d *decoder) array(element func() error) error {
	if d.peek() != '[' {
		if d.pos >= len(d.src) {
			return d.unexpected("")
		}
		return d.errorf("expected an array, found %s", describe(d.src[d.pos]))
	}
	return d.elements(element)
}

// members reads an object from its opening brace to its closing one.
func (d *decoder) members(member func(key string) error) error {
	d.pos++ // {
	if d.peek() == '}' {
		d.pos++
		return nil
	}
	for {
		if d.peek() != '"' {
			return d.unexpected("looking for beginning of object key string")
		}
		key, err := d.string()
		if err != nil {
			return err
		}
		if d.peek() != ':' {
			return d.unexpected("after object key")
		}
		d.pos++
		if err := member(key); err != nil {
			return err
		}
		switch d.peek() {
		case ',':
			d.pos++
		case '}':
			d.pos++
			return nil
		default:
			return d.unexpected("after object key:value pair")
		}
	}
}

// elements reads an array from its opening bracket to its closing one.
func (d *decoder) elements(element func() error) error {
	d.pos++ // [
	if d.peek() == ']' {
		d.pos++
		return nil
	}
	for {
		if err := element(); err != nil {
			return err
		}
		switch d.peek() {
		case ',':
			d.pos++
		case ']':
			d.pos++
			return nil
		default:
			return d.unexpected("after array element")
		}
	}
}

// string reads a string from its opening quote; invalid UTF-8 becomes U+FFFD, as
// encoding/json decodes it.
func (d *decoder) string() (string, error) {
	d.pos++ // "
	start := d.pos
	for d.pos < len(d.src) {
		switch c := d.src[d.pos]; {
		case c == '"':
			raw := d.src[start:d.pos]
			d.pos++
			return d.text(raw), nil
		case c == '\\':
			return d.escaped(start)
		case c < 0x20:
			return "", d.unexpected("in string literal")
		default:
			d.pos++
		}
	}
	return "", d.unexpected("")
}

// escaped finishes reading a string that holds escapes, from the first one.
func (d *decoder) escaped(start int) (string, error) {
	b := append([]byte(nil), d.src[start:d.pos]...)
	for d.pos < len(d.src) {
		c := d.src[d.pos]
		switch {
		case c == '"':
			d.pos++
			return validUTF8(b), nil
		case c < 0x20:
			return "", d.unexpected("in string literal")
		case c != '\\':
			b = append(b, c)
			d.pos++
			continue
		}
		if d.pos+1 >= len(d.src) {
			d.pos = len(d.src)
			return "", d.unexpected("")
		}
		e := d.src[d.pos+1]
		switch e {
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
			r, ok := d.hex4(d.pos + 2)
			if !ok {
				d.pos++
				return "", d.unexpected("in \\u hexadecimal character escape")
			}
			d.pos += 6
			if utf16.IsSurrogate(r) {
				r2, ok := rune(-1), false
				if d.pos+1 < len(d.src) && d.src[d.pos] == '\\' && d.src[d.pos+1] == 'u' {
					r2, ok = d.hex4(d.pos + 2)
				}
				if dec := utf16.DecodeRune(r, r2); ok && dec != utf8.RuneError {
					r = dec
					d.pos += 6
				} else {
					r = utf8.RuneError
				}
			}
			b = utf8.AppendRune(b, r)
			continue
		default:
			d.pos++
			return "", d.unexpected("in string escape code")
		}
		d.pos += 2
	}
	return "", d.unexpected("")
}

// text returns the string of raw bytes, interning short ones.
func (d *decoder) text(raw []byte) string {
	if len(raw) > 32 {
		return validUTF8(raw)
	}
	if s, ok := d.interned[string(raw)]; ok {
		return s
	}
	if d.interned == nil {
		d.interned = map[string]string{}
	}
	s := validUTF8(raw)
	d.interned[s] = s
	return s
}

// validUTF8 replaces each byte that is not part of valid UTF-8 with U+FFFD.
func validUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	out := make([]byte, 0, len(b)+8)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		out = utf8.AppendRune(out, r) // RuneError for an invalid byte, with size 1
		b = b[size:]
	}
	return string(out)
}

func (d *decoder) hex4(at int) (rune, bool) {
	if at+4 > len(d.src) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(d.src[at:at+4]), 16, 32)
	return rune(v), err == nil
}

func (d *decoder) skipString() error {
	d.pos++ // "
	for d.pos < len(d.src) {
		switch c := d.src[d.pos]; {
		case c == '"':
			d.pos++
			return nil
		case c == '\\':
			if d.pos+1 < len(d.src) && d.src[d.pos+1] == 'u' {
				if _, ok := d.hex4(d.pos + 2); !ok {
					d.pos++
					return d.unexpected("in \\u hexadecimal character escape")
				}
				d.pos += 6
				continue
			}
			if d.pos+1 >= len(d.src) || !strings.ContainsRune(`"\\/bfnrt`, rune(d.src[d.pos+1])) {
				d.pos++
				return d.unexpected("in string escape code")
			}
			d.pos += 2
		case c < 0x20:
			return d.unexpected("in string literal")
		default:
			d.pos++
		}
	}
	return d.unexpected("")
}

// number reads a number's literal, checked against JSON's grammar.
func (d *decoder) number() (string, error) {
	start := d.pos
	if d.src[d.pos] == '-' {
		d.pos++
	}
	switch {
	case d.pos < len(d.src) && d.src[d.pos] == '0':
		d.pos++
	case d.digits() == 0:
		return "", d.unexpected("in numeric literal")
	}
	if d.pos < len(d.src) && d.src[d.pos] == '.' {
		d.pos++
		if d.digits() == 0 {
			return "", d.unexpected("after decimal point in numeric literal")
		}
	}
	if d.pos < len(d.src) && (d.src[d.pos] == 'e' || d.src[d.pos] == 'E') {
		d.pos++
		if d.pos < len(d.src) && (d.src[d.pos] == '+' || d.src[d.pos] == '-') {
			d.pos++
		}
		if d.digits() == 0 {
			return "", d.unexpected("in exponent of numeric literal")
		}
	}
	return string(d.src[start:d.pos]), nil
}

func (d *decoder) digits() int {
	n := 0
	for d.pos < len(d.src) && d.src[d.pos] >= '0' && d.src[d.pos] <= '9' {
		d.pos++
		n++
	}
	return n
}

func describe(c byte) string {
	switch {
	case c == '[':
		return "an array"
	case c == '"':
		return "a string"
	case c == '-' || c >= '0' && c <= '9':
		return "a number"
	case c == 't' || c == 'f':
		return "a boolean"
	case c == 'n':
		return "null"
	}
	return quoteChar(c)
}

// lineIndex turns byte offsets into 1-based line and column numbers.
type lineIndex []int // offsets of every newline

func newLineIndex(src []byte) lineIndex {
	var ix lineIndex
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			return ix
		}
		ix = append(ix, i+j)
		i += j + 1
	}
}

// line is the line holding the byte at off.
func (ix lineIndex) line(off int) int { return sort.SearchInts(ix, off) + 1 }

// column is off's 1-based byte column on its line.
func (ix lineIndex) column(off int) int {
	l := ix.line(off)
	if l == 1 {
		return off + 1
	}
	return off - ix[l-2]
}

// span is the lines from a value's first byte to its last.
func (ix lineIndex) span(n *node) (start, end int) {
	start = ix.line(n.start)
	end = start
	if n.end-1 > n.start {
		end = ix.line(n.end - 1)
	}
	return start, end
}
