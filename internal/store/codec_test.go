package store

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/resource"
)

// sampleResource sets every field of a resource, so that a field added to Resource and
// forgotten by the codec fails TestResourceCodecCoversEveryField.
func sampleResource() *resource.Resource {
	return &resource.Resource{
		Key:    `module.net.aws_security_group.web["a"]`,
		Type:   "aws_security_group",
		Origin: resource.OriginTerraform,
		Module: "module.net",
		Root:   "stacks/prod",
		Attributes: map[string]any{
			"name":        "web",
			"port":        int64(443),
			"ratio":       0.5,
			"whole_float": float64(3),
			"huge":        1e300,
			"neg_zero":    math.Copysign(0, -1),
			"enabled":     true,
			"nothing":     nil,
			"pending":     resource.Unknown{},
			"ingress": []any{
				map[string]any{"cidr_blocks": []any{"0.0.0.0/0", resource.Unknown{}}, "from_port": int64(22)},
			},
			"empty_map":  map[string]any{},
			"empty_list": []any{},
			"$ref":       "a key that starts with $",
			"$$double":   map[string]any{"$unknown": true},
			"tricky":     "quote \" backslash \\ newline \n tab \t nul \x00 <>& é ☃",
			"binary":     "\xff\xfe not utf-8",
			"nan":        map[string]any{"inf": math.Inf(1), "-inf": math.Inf(-1)},
			"0":          "a key made of digits",
			"max":        int64(math.MaxInt64),
			"min":        int64(math.MinInt64),
		},
		Locations: map[string]resource.Location{
			"":     {File: "main.tf", StartLine: 1, EndLine: 20},
			"port": {File: "vars.tfvars", StartLine: 3, EndLine: 3, Via: []resource.Location{{File: "main.tf", StartLine: 5, EndLine: 5}}},
		},
		References: []resource.Reference{{Attribute: "vpc_id", Target: "aws_vpc.main"}, {Target: "aws_iam_role.r"}},
		Unknowns:   []resource.Path{{"ingress", 0, "cidr_blocks", 1}, {"pending"}},
	}
}

func TestResourceCodecRoundTrip(t *testing.T) {
	r := sampleResource()
	data, err := MarshalResource(r)
	if err != nil {
		t.Fatal(err)
	}
	if !json.Valid(data) {
		t.Fatalf("not JSON: %s", data)
	}
	got, err := UnmarshalResource(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, r) {
		t.Errorf("round trip changed the resource:\n got %#v\nwant %#v", got, r)
	}
	// Types matter, not only values: DeepEqual already tells int64 from float64; make the
	// intent visible for the two that a JSON number could confuse.
	if _, ok := got.Attributes["whole_float"].(float64); !ok {
		t.Errorf("whole_float read back as %T, want float64", got.Attributes["whole_float"])
	}
	if _, ok := got.Attributes["port"].(int64); !ok {
		t.Errorf("port read back as %T, want int64", got.Attributes["port"])
	}
	if math.Signbit(got.Attributes["neg_zero"].(float64)) != true {
		t.Errorf("-0 lost its sign")
	}
	again, _ := MarshalResource(got)
	if string(again) != string(data) {
		t.Errorf("encoding is not stable:\n%s\n%s", data, again)
	}
}

func TestResourceCodecCoversEveryField(t *testing.T) {
	v := reflect.ValueOf(*sampleResource())
	for i := range v.NumField() {
		if v.Field(i).IsZero() {
			t.Errorf("sampleResource leaves Resource.%s zero: set it, and make sure the codec stores it", v.Type().Field(i).Name)
		}
	}
	l := reflect.ValueOf(sampleResource().Locations["port"])
	for i := range l.NumField() {
		if l.Field(i).IsZero() {
			t.Errorf("sampleResource leaves Location.%s zero: set it, and make sure the codec stores it", l.Type().Field(i).Name)
		}
	}
}

func TestResourceCodecNilAndEmpty(t *testing.T) {
	for _, r := range []*resource.Resource{
		{Key: "a"},
		{Key: "b", Attributes: map[string]any{}, Locations: map[string]resource.Location{}, References: []resource.Reference{}, Unknowns: []resource.Path{}},
		{Key: "c", Unknowns: []resource.Path{{}}},
	} {
		data, err := MarshalResource(r)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalResource(data)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, r) {
			t.Errorf("%s: got %#v, want %#v (stored %s)", r.Key, got, r, data)
		}
	}
}

func TestValueCodecForms(t *testing.T) {
	for _, tc := range []struct {
		in   any
		want string
	}{
		{int64(5), `5`},
		{5.0, `5.0`},
		{1e21, `1e+21`},
		{0.1, `0.1`},
		{math.NaN(), `{"$float":"NaN"}`},
		{resource.Unknown{}, `{"$unknown":true}`},
		{map[string]any{"$x": int64(1), "y": nil}, `{"$$x":1,"y":null}`},
		{"\xff", `{"$bytes":"/w=="}`},
		{"<a&b>", `"<a&b>"`},
	} {
		got, err := MarshalValue(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != tc.want {
			t.Errorf("MarshalValue(%#v) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestValueCodecNormalises(t *testing.T) {
	for _, tc := range []struct {
		in, want any
	}{
		{7, int64(7)},
		{uint8(7), int64(7)},
		{float32(0.5), 0.5},
		{json.Number("12"), int64(12)},
		{json.Number("1.5"), 1.5},
		{[]string{"a"}, []any{"a"}},
		{map[string]string{"a": "b"}, map[string]any{"a": "b"}},
	} {
		data, err := MarshalValue(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalValue(data)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%#v read back as %#v, want %#v", tc.in, got, tc.want)
		}
	}
}

func TestValueCodecErrorsNameThePath(t *testing.T) {
	r := &resource.Resource{Key: "k", Attributes: map[string]any{"a": []any{int64(1), map[string]any{"b": make(chan int)}}}}
	_, err := MarshalResource(r)
	if err == nil || !strings.Contains(err.Error(), "resource k: attribute a.1.b: unsupported value of type chan int") {
		t.Errorf("error = %v", err)
	}
	if _, err := MarshalValue(uint64(math.MaxUint64)); err == nil {
		t.Error("a uint64 beyond int64 was accepted")
	}
	for _, bad := range []string{`{"$nope":1}`, `{"$unknown":true,"x":1}`, `{"$float":"1"}`, `[1,`} {
		if _, err := UnmarshalValue([]byte(bad)); err == nil {
			t.Errorf("UnmarshalValue(%s) accepted it", bad)
		}
	}
}

func TestPathCodec(t *testing.T) {
	for _, p := range []resource.Path{nil, {}, {"a", 0, "0", "b.c"}} {
		got, err := UnmarshalPath(MarshalPath(p))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, p) {
			t.Errorf("path %#v read back as %#v", p, got)
		}
	}
}

// TestValueCodecRandomTrees round-trips many generated trees of every canonical type.
func TestValueCodecRandomTrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 2000 {
		v := randomValue(rng, 0)
		data, err := MarshalValue(v)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalValue(data)
		if err != nil {
			t.Fatalf("tree %d: %v\n%s", i, err, data)
		}
		if !reflect.DeepEqual(got, v) {
			t.Fatalf("tree %d changed:\n got %#v\nwant %#v\n%s", i, got, v, data)
		}
	}
}

func randomValue(rng *rand.Rand, depth int) any {
	n := 9
	if depth > 4 {
		n = 7 // leaves only
	}
	switch rng.IntN(n) {
	case 0:
		return nil
	case 1:
		return rng.IntN(2) == 0
	case 2:
		return randomString(rng)
	case 3:
		return rng.Int64() - rng.Int64()
	case 4:
		return (rng.Float64() - 0.5) * math.Pow(10, float64(rng.IntN(40)-20))
	case 5:
		return float64(rng.IntN(1000))
	case 6:
		return resource.Unknown{}
	case 7:
		m := map[string]any{}
		for range rng.IntN(5) {
			m[randomString(rng)] = randomValue(rng, depth+1)
		}
		return m
	default:
		l := make([]any, rng.IntN(5))
		for i := range l {
			l[i] = randomValue(rng, depth+1)
		}
		return l
	}
}

func randomString(rng *rand.Rand) string {
	const alphabet = "ab$$\"\\\n\x01é☃.0"
	r := []rune(alphabet)
	var b strings.Builder
	for range rng.IntN(6) {
		b.WriteRune(r[rng.IntN(len(r))])
	}
	return b.String()
}

func BenchmarkMarshalResource(b *testing.B) {
	r := sampleResource()
	var buf []byte
	for b.Loop() {
		buf, _ = AppendResource(buf[:0], r)
	}
}

func BenchmarkUnmarshalResource(b *testing.B) {
	data, _ := MarshalResource(sampleResource())
	for b.Loop() {
		if _, err := UnmarshalResource(data); err != nil {
			b.Fatal(err)
		}
	}
}
