package tfplan

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// plain turns a node into the value encoding/json decodes (numbers as json.Number).
func plain(n *node) any {
	switch n.kind {
	case kindString:
		return n.text
	case kindNumber:
		return json.Number(n.text)
	case kindBool:
		return n.truth
	case kindObject:
		m := map[string]any{}
		for i, k := range n.keys {
			m[k] = plain(n.elems[i])
		}
		return m
	case kindArray:
		l := make([]any, len(n.elems))
		for i, e := range n.elems {
			l[i] = plain(e)
		}
		return l
	}
	return nil
}

// decodeBoth decodes src with Plumb's reader and with encoding/json and says how they differ.
func decodeBoth(src []byte) string {
	d := newDecoder(src)
	n, err := d.value(0)
	if err == nil {
		err = d.end()
	}
	if err != nil && strings.Contains(err.Error(), "nested deeper") {
		return ""
	}
	if valid := json.Valid(src); valid != (err == nil) {
		return "valid per encoding/json: " + map[bool]string{true: "yes", false: "no"}[valid] + "; ours: " + errString(err)
	}
	if err != nil {
		if se, ok := err.(*syntaxError); !ok || se.offset < 0 || se.offset > len(src) {
			return "error without an offset in the input: " + err.Error()
		}
		return ""
	}
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	var want any
	if err := dec.Decode(&want); err != nil {
		return "encoding/json: " + err.Error()
	}
	if got := plain(n); !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		return "ours " + string(g) + ", encoding/json " + string(w)
	}
	if n.start < 0 || n.end > len(src) || n.start > n.end {
		return "extent out of the input"
	}
	return ""
}

func errString(err error) string {
	if err == nil {
		return "no error"
	}
	return err.Error()
}

func TestDecoderAgreesWithEncodingJSON(t *testing.T) {
	for _, s := range jsonSeeds {
		if diff := decodeBoth([]byte(s)); diff != "" {
			t.Errorf("%q: %s", s, diff)
		}
	}
}

var jsonSeeds = []string{
	`{}`, `[]`, `""`, `0`, `-0`, `1.5e+10`, `-12.0E-3`, `true`, `false`, `null`, ` {"a" : [1, {"b": null}] } `,
	`"\u00e9\ud83d\ude00\n\t\"\\\/"`, `"\ud800"`, `"\ud800\u0041"`, "\"\xff\xfe ok\"", "\"caf\xc3\xa9\"",
	`{"a":1,"a":2}`, `01`, `1.`, `.5`, `-`, `1e`, `+1`, `tru`, `nul`, `[1,]`, `{"a":1,}`, `{"a" 1}`, `{1:2}`,
	`[1 2]`, `"\x"`, `"\u12"`, "\"a\nb\"", `{} {}`, "0\x00", `[`, `{"a":`, `"abc`, ``, ` `,
}

func TestLines(t *testing.T) {
	src := []byte("{\n  \"a\": [\n    1\n  ]\n}")
	ix := newLineIndex(src)
	d := newDecoder(src)
	n, err := d.value(0)
	if err != nil {
		t.Fatal(err)
	}
	a := n.get("a")
	if s, e := ix.span(a); s != 2 || e != 4 {
		t.Errorf("a spans %d-%d, want 2-4", s, e)
	}
	if s, e := ix.span(a.elems[0]); s != 3 || e != 3 {
		t.Errorf("1 spans %d-%d, want 3", s, e)
	}
	if s, e := ix.span(n); s != 1 || e != 5 {
		t.Errorf("document spans %d-%d, want 1-5", s, e)
	}
	if c := ix.column(bytes.IndexByte(src, '1')); c != 5 {
		t.Errorf("column %d, want 5", c)
	}
}

// FuzzDecoder: Plumb's JSON reader accepts exactly what encoding/json accepts and reads the
// same values (documents nested deeper than maxDepth aside, which it refuses).
func FuzzDecoder(f *testing.F) {
	for _, s := range jsonSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if diff := decodeBoth(src); diff != "" {
			t.Fatalf("%q: %s", src, diff)
		}
	})
}
