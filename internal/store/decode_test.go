package store

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/resource"
)

func TestParseValueJSONForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want any
	}{
		{`"\ud83d\ude00"`, "😀"},
		{`"\ud83d x"`, "\uFFFD x"},
		{`"\ud83d\u0041"`, "\uFFFDA"},
		{`"\u00e9\/\b\f\n\r\t\"\\"`, "é/\b\f\n\r\t\"\\"},
		{" \n{ \"a\" : [ 1 , 2.5 , -3e2 , true , false , null ] }\t", map[string]any{"a": []any{int64(1), 2.5, -300.0, true, false, nil}}},
		{`{"$$a":{"$unknown":true}}`, map[string]any{"$a": resource.Unknown{}}},
		{`{"$float":"-Inf"}`, math.Inf(-1)},
		{`99999999999999999999`, 1e20},
		{`[]`, []any{}},
		{`{}`, map[string]any{}},
	} {
		got, err := UnmarshalValue([]byte(tc.in))
		if err != nil {
			t.Errorf("%s: %v", tc.in, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s = %#v, want %#v", tc.in, got, tc.want)
		}
	}
	for _, bad := range []string{``, `{`, `[1,]`, `{"a" 1}`, `{"a":1,}`, `"abc`, "\"a\x01\"", `"\x"`, `"\u12"`, `tru`, `1-2`, `{} {}`, `{"$bytes":"!!"}`} {
		if _, err := UnmarshalValue([]byte(bad)); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
}

func TestParseResourceSkipsUnknownMembers(t *testing.T) {
	doc := `{ "key" : "k", "future": {"$nested": [1, {"x": null}]}, "type":"T",
		"locations": {"$ref": {"file": "f", "start_line": 1, "end_line": 2, "later": true}},
		"unknowns": [["$a", 0]], "references": [{"target": "t", "weight": 1}] }`
	r, err := UnmarshalResource([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := &resource.Resource{Key: "k", Type: "T",
		Locations:  map[string]resource.Location{"$ref": {File: "f", StartLine: 1, EndLine: 2}},
		Unknowns:   []resource.Path{{"$a", 0}},
		References: []resource.Reference{{Target: "t"}}}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("got %#v", r)
	}
	for _, bad := range []string{`[]`, `{"key":1}`, `{"attributes":[1]}`, `{"locations":{"a":{"start_line":1.5}}}`, `{"key":"k"`} {
		if _, err := UnmarshalResource([]byte(bad)); err == nil {
			t.Errorf("%s was accepted", bad)
		}
	}
}

func FuzzUnmarshalValue(f *testing.F) {
	for _, seed := range []string{`{"a":[1,2.0,"x",{"$unknown":true}]}`, `{"$$k":{"$float":"NaN"}}`, `"\ud83d\ude00"`, `{"$bytes":"/w=="}`, `-0.0`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := UnmarshalValue(data)
		if err != nil {
			return
		}
		again, err := MarshalValue(v)
		if err != nil {
			t.Fatalf("read %q as %#v, which does not encode: %v", data, v, err)
		}
		back, err := UnmarshalValue(again)
		if err != nil {
			t.Fatalf("re-encoded %q does not read: %v", again, err)
		}
		if !strings.Contains(string(again), "NaN") && !reflect.DeepEqual(back, v) {
			t.Fatalf("%q: %#v re-read as %#v", data, v, back)
		}
	})
}

func FuzzUnmarshalResource(f *testing.F) {
	seed, _ := MarshalResource(sampleResource())
	f.Add(seed)
	f.Add([]byte(`{"key":"k","attributes":null,"locations":{},"references":[],"unknowns":[[]]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := UnmarshalResource(data)
		if err != nil {
			return
		}
		again, err := MarshalResource(r)
		if err != nil {
			t.Fatalf("read %q, which does not encode: %v", data, err)
		}
		back, err := UnmarshalResource(again)
		if err != nil {
			t.Fatalf("re-encoded %q does not read: %v", again, err)
		}
		if !strings.Contains(string(again), "NaN") && !reflect.DeepEqual(back, r) {
			t.Fatalf("%q re-read differently:\n%#v\n%#v", data, r, back)
		}
	})
}
