package policy

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

func TestRuntimeErrorsDoNotStopTheScan(t *testing.T) {
	e := load(t, Options{PolicyDirs: []string{rulesDir, "testdata/runtime"},
		Only: []string{"TEST-ERR-001", "TEST-ERR-002", "TEST-S3-001"}})
	tests := []struct {
		name     string
		attrs    map[string]any
		findings []string
		errors   map[string]string // rule id → text in Skip.Error
	}{
		{"no error", map[string]any{"a": true}, []string{"TEST-ERR-001 b ", "TEST-S3-001 b versioning.enabled"}, nil},
		{"conflict in one rule", map[string]any{"a": true, "b": true}, []string{"TEST-S3-001 b versioning.enabled"},
			map[string]string{"TEST-ERR-001": "conflict.rego:11: eval_conflict_error"}},
		{"msg not a string", map[string]any{"c": "msg"}, []string{"TEST-S3-001 b versioning.enabled"},
			map[string]string{"TEST-ERR-002": `want a string "msg"`}},
		{"path element not an index", map[string]any{"c": "path"}, []string{"TEST-S3-001 b versioning.enabled"},
			map[string]string{"TEST-ERR-002": "is not a non-negative integer"}},
		{"element neither string nor object", map[string]any{"c": "number"}, []string{"TEST-S3-001 b versioning.enabled"},
			map[string]string{"TEST-ERR-002": "deny element 42"}},
		{"attribute with no Rego form", map[string]any{"x": map[string]any{"y": []any{math.Inf(1)}}}, []string{},
			map[string]string{"TEST-ERR-001": "attribute x.y.0: +Inf", "TEST-ERR-002": "attribute x.y.0", "TEST-S3-001": "attribute x.y.0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Two resources: the other one must come out unharmed.
			fs, skips := evaluate(t, e, res("aws_s3_bucket", "b", tt.attrs),
				res("aws_s3_bucket", "ok", map[string]any{"versioning": map[string]any{"enabled": true}}))
			if got := summary(fs); !slices.Equal(got, tt.findings) {
				t.Errorf("findings:\n got %q\nwant %q", got, tt.findings)
			}
			if len(skips) != len(tt.errors) {
				t.Fatalf("skips = %+v, want errors for %v", skips, tt.errors)
			}
			for _, s := range skips {
				want, ok := tt.errors[s.RuleID]
				if !ok || s.ResourceKey != "b" || !strings.Contains(s.Error, want) {
					t.Errorf("skip %s on %s: error %q, want one containing %q", s.RuleID, s.ResourceKey, s.Error, want)
				}
			}
		})
	}
}

func TestEvaluateCancelled(t *testing.T) {
	e := load(t, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rs := []*resource.Resource{res("aws_s3_bucket", "b", map[string]any{})}
	if _, _, err := e.Evaluate(ctx, rs); err == nil {
		t.Fatal("Evaluate on a cancelled context succeeded")
	}
}

func TestDeterministicOrder(t *testing.T) {
	e := load(t, Options{})
	var rs []*resource.Resource
	for i := range 300 {
		key := string(rune('a'+i%26)) + strings.Repeat("x", i%7)
		switch i % 3 {
		case 0:
			rs = append(rs, res("aws_s3_bucket", key, map[string]any{"acl": "public-read"}))
		case 1:
			rs = append(rs, res("aws_security_group", key, map[string]any{"ingress": []any{
				map[string]any{"protocol": "-1", "cidr_blocks": []any{"0.0.0.0/0"}},
				map[string]any{"protocol": "-1", "ipv6_cidr_blocks": []any{"::/0"}},
			}}))
		default:
			rs = append(rs, res("aws_instance", key, map[string]any{"instance_type": "m5.large"}))
		}
	}
	first, _ := evaluate(t, e, rs...)
	for range 3 {
		again, _ := evaluate(t, e, rs...)
		if !slices.Equal(summary(first), summary(again)) {
			t.Fatal("two evaluations of the same resources differ in order")
		}
	}
	if !slices.IsSortedFunc(first, func(a, b *finding.Finding) int { return strings.Compare(a.ResourceKey, b.ResourceKey) }) {
		t.Error("findings are not sorted by resource key")
	}
}

func TestToTerm(t *testing.T) {
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"scalars", map[string]any{"s": "x", "b": true, "n": nil, "i": 3, "i64": int64(1) << 53, "f": 1.5},
			`{"s": "x", "b": true, "n": null, "i": 3, "i64": 9007199254740992, "f": 1.5}`},
		{"nested", map[string]any{"ingress": []any{map[string]any{"cidr_blocks": []any{"0.0.0.0/0"}}}},
			`{"ingress": [{"cidr_blocks": ["0.0.0.0/0"]}]}`},
		{"unknown", map[string]any{"v": resource.Unknown{}, "l": []any{resource.Unknown{}}},
			`{"v": {"__plumb_unknown__": true}, "l": [{"__plumb_unknown__": true}]}`},
		{"other Go shapes", map[string]any{"ss": []string{"a"}, "ms": map[string]string{"k": "v"}, "u8": uint8(7), "f32": float32(0.5), "jn": json.Number("12")},
			`{"ss": ["a"], "ms": {"k": "v"}, "u8": 7, "f32": 0.5, "jn": 12}`},
		{"nil map", map[string]any(nil), `{}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := newConverter().toTerm(tt.in, 0)
			if err != nil {
				t.Fatal(err)
			}
			if want := ast.MustParseTerm(tt.want); !got.Equal(want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}

func TestToTermErrors(t *testing.T) {
	cyclic := map[string]any{}
	cyclic["self"] = cyclic
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"NaN", map[string]any{"a": []any{math.NaN()}}, "a.0: NaN is not a number"},
		{"channel", map[string]any{"c": make(chan int)}, "c: unsupported value of type chan int"},
		{"bad json.Number", map[string]any{"n": json.Number("0x10")}, `n: invalid number "0x10"`},
		{"cycle", cyclic, "nested deeper than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := newConverter().toTerm(tt.in, 0)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestRunTests(t *testing.T) {
	tests := []struct {
		name           string
		dirs           []string
		verbose        bool
		passed, failed int
		out            []string
		errHas         string
	}{
		{name: "passing, with lib and params", dirs: []string{"testdata/tests/pass"}, passed: 3,
			out: []string{"PASS: 3/3"}},
		{name: "verbose lists passing tests", dirs: []string{"testdata/tests/pass"}, verbose: true, passed: 3,
			out: []string{"data.test.tested_test.test_open_ssh_denied: PASS"}},
		{name: "failures and errors", dirs: []string{"testdata/tests/fail"}, passed: 1, failed: 2,
			out: []string{"data.test.failing_test.test_fails: FAIL", "data.test.failing_test.test_errors: ERROR", "FAIL: 1/3"}},
		{name: "no tests", dirs: []string{rulesDir}, errHas: "no test_ rules"},
		{name: "missing dir", dirs: []string{"testdata/nope"}, errHas: "testdata/nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			passed, failed, err := RunTests(context.Background(), tt.dirs, tt.verbose, &out)
			if tt.errHas != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errHas) {
					t.Fatalf("err = %v, want one containing %q", err, tt.errHas)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if passed != tt.passed || failed != tt.failed {
				t.Errorf("passed, failed = %d, %d, want %d, %d\n%s", passed, failed, tt.passed, tt.failed, out.String())
			}
			for _, w := range tt.out {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output does not contain %q:\n%s", w, out.String())
				}
			}
		})
	}
}
