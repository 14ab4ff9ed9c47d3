package tfplan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
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

// decoder builds nodes from a document with encoding/json's tokenizer, which reports the
// offset of every token: that is all a location needs.
type decoder struct {
	src []byte
	dec *json.Decoder
}

func newDecoder(src []byte) *decoder {
	d := json.NewDecoder(bytes.NewReader(src))
	d.UseNumber()
	return &decoder{src: src, dec: d}
}

// syntaxError is a malformed document, at a byte offset.
type syntaxError struct {
	offset int
	msg    string
}

func (e *syntaxError) Error() string { return e.msg }

func (d *decoder) fail(err error) error {
	var se *json.SyntaxError
	var own *syntaxError
	switch {
	case errors.As(err, &own):
		return own
	case errors.As(err, &se):
		return &syntaxError{offset: int(se.Offset), msg: se.Error()}
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return &syntaxError{offset: len(d.src), msg: "unexpected end of JSON input"}
	}
	return &syntaxError{offset: int(d.dec.InputOffset()), msg: err.Error()}
}

// next returns the offset where the next value starts: the decoder's offset is the end of the
// previous token, before any whitespace, colon or comma.
func (d *decoder) next() int {
	i := int(d.dec.InputOffset())
	for i < len(d.src) {
		switch d.src[i] {
		case ' ', '\t', '\n', '\r', ':', ',':
			i++
		default:
			return i
		}
	}
	return i
}

// value builds the next value and everything in it.
func (d *decoder) value(depth int) (*node, error) {
	if depth > maxDepth {
		return nil, &syntaxError{offset: d.next(), msg: fmt.Sprintf("nested deeper than %d levels", maxDepth)}
	}
	start := d.next()
	tok, err := d.dec.Token()
	if err != nil {
		return nil, d.fail(err)
	}
	n := &node{start: start}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			n.kind = kindObject
			err = d.members(func(key string) error {
				v, err := d.value(depth + 1)
				if err == nil {
					n.keys = append(n.keys, key)
					n.elems = append(n.elems, v)
				}
				return err
			})
		case '[':
			n.kind = kindArray
			err = d.elements(func() error {
				v, err := d.value(depth + 1)
				if err == nil {
					n.elems = append(n.elems, v)
				}
				return err
			})
		default:
			err = &syntaxError{offset: start, msg: fmt.Sprintf("unexpected %q", rune(t))}
		}
		if err != nil {
			return nil, err
		}
	case string:
		n.kind, n.text = kindString, t
	case json.Number:
		n.kind, n.text = kindNumber, string(t)
	case bool:
		n.kind, n.truth = kindBool, t
	case nil:
		n.kind = kindNull
	}
	n.end = int(d.dec.InputOffset())
	return n, nil
}

// skip reads past the next value without building it, keeping only its extent.
func (d *decoder) skip() (*node, error) {
	start := d.next()
	var raw json.RawMessage
	if err := d.dec.Decode(&raw); err != nil {
		return nil, d.fail(err)
	}
	return &node{kind: kindSkipped, start: start, end: int(d.dec.InputOffset())}, nil
}

// object reads an object, calling member for each name with the decoder positioned at its
// value, which member must read (with value, skip or object). It returns the object's extent.
func (d *decoder) object(member func(key string) error) (start, end int, err error) {
	start = d.next()
	tok, err := d.dec.Token()
	if err != nil {
		return 0, 0, d.fail(err)
	}
	if tok != json.Delim('{') {
		return 0, 0, &syntaxError{offset: start, msg: fmt.Sprintf("expected an object, found %s", describe(tok))}
	}
	if err := d.members(member); err != nil {
		return 0, 0, err
	}
	return start, int(d.dec.InputOffset()), nil
}

// array reads an array, calling element with the decoder positioned at each element.
func (d *decoder) array(element func() error) error {
	start := d.next()
	tok, err := d.dec.Token()
	if err != nil {
		return d.fail(err)
	}
	if tok != json.Delim('[') {
		return &syntaxError{offset: start, msg: fmt.Sprintf("expected an array, found %s", describe(tok))}
	}
	return d.elements(element)
}

// members reads an object's members up to and including its closing brace.
func (d *decoder) members(member func(key string) error) error {
	for d.dec.More() {
		off := d.next()
		tok, err := d.dec.Token()
		if err != nil {
			return d.fail(err)
		}
		key, ok := tok.(string)
		if !ok {
			return &syntaxError{offset: off, msg: "expected a member name"}
		}
		if err := member(key); err != nil {
			return err
		}
	}
	if _, err := d.dec.Token(); err != nil {
		return d.fail(err)
	}
	return nil
}

// elements reads an array's elements up to and including its closing bracket.
func (d *decoder) elements(element func() error) error {
	for d.dec.More() {
		if err := element(); err != nil {
			return err
		}
	}
	if _, err := d.dec.Token(); err != nil {
		return d.fail(err)
	}
	return nil
}

func describe(tok json.Token) string {
	switch t := tok.(type) {
	case json.Delim:
		return fmt.Sprintf("%q", rune(t))
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return "a value"
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
