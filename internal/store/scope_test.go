package store

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestParseScope(t *testing.T) {
	for _, tc := range []struct {
		in                           string
		kind                         ScopeKind
		context, namespace           string
		account, region, path, canon string
	}{
		{in: "kubernetes:kind-plumb", kind: ScopeKubernetes, context: "kind-plumb"},
		{in: "kubernetes:prod/payments", kind: ScopeKubernetes, context: "prod", namespace: "payments"},
		{in: "kubernetes:arn:aws:eks:eu-west-1:123456789012:cluster/prod/", kind: ScopeKubernetes,
			context: "arn:aws:eks:eu-west-1:123456789012:cluster/prod"},
		{in: "kubernetes:arn:aws:eks:eu-west-1:123456789012:cluster/prod/default", kind: ScopeKubernetes,
			context: "arn:aws:eks:eu-west-1:123456789012:cluster/prod", namespace: "default"},
		{in: "kubernetes:gke_p_europe-west1_c", kind: ScopeKubernetes, context: "gke_p_europe-west1_c"},
		{in: "aws:123456789012/eu-west-1", kind: ScopeAWS, account: "123456789012", region: "eu-west-1"},
		{in: "aws:123456789012/us-gov-west-1", kind: ScopeAWS, account: "123456789012", region: "us-gov-west-1"},
		{in: "tfstate:/srv/infra/terraform.tfstate", kind: ScopeTFState, path: "/srv/infra/terraform.tfstate"},
		{in: "tfstate:infra/./envs/../prod.tfstate", kind: ScopeTFState, path: "infra/prod.tfstate", canon: "tfstate:infra/prod.tfstate"},
		{in: "tfstate:s3://bucket/env//state", kind: ScopeTFState, path: "s3://bucket/env//state"},
	} {
		s, err := ParseScope(tc.in)
		if err != nil {
			t.Errorf("ParseScope(%q): %v", tc.in, err)
			continue
		}
		if s.Kind() != tc.kind || s.Context() != tc.context || s.Namespace() != tc.namespace ||
			s.Account() != tc.account || s.Region() != tc.region || s.Path() != tc.path {
			t.Errorf("ParseScope(%q) = %+v", tc.in, s)
		}
		want := tc.canon
		if want == "" {
			want = tc.in
		}
		if s.String() != want {
			t.Errorf("ParseScope(%q).String() = %q, want %q", tc.in, s.String(), want)
		}
		again, err := ParseScope(s.String())
		if err != nil || again != s {
			t.Errorf("ParseScope(%q) = %+v, %v; want %+v", s.String(), again, err, s)
		}
	}
}

func TestParseScopeErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "want kubernetes:CONTEXT"},
		{"prod", "want kubernetes:CONTEXT"},
		{"gcp:proj", `unknown kind "gcp"`},
		{"kubernetes:", "context is empty"},
		{"kubernetes:/default", "context is empty"},
		{"kubernetes:prod/Payments", "trailing '/'"},
		{"kubernetes:arn:aws:eks:eu-west-1:1:cluster/Prod", "trailing '/'"},
		{"aws:123456789012", "want aws:ACCOUNT/REGION"},
		{"aws:1234/eu-west-1", "12-digit"},
		{"aws:123456789012/Europe", "region"},
		{"tfstate:", "path is empty"},
		{"tfstate:a\nb", "control character"},
	} {
		_, err := ParseScope(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseScope(%q) error = %v, want one containing %q", tc.in, err, tc.want)
		}
	}
}

func TestScopeConstructorsRoundTrip(t *testing.T) {
	contexts := []string{"a", "a/b", "a/b/", "arn:x/y", "with space", "é"}
	for _, c := range contexts {
		for _, ns := range []string{"", "default", "kube-system"} {
			s, err := NewKubernetesScope(c, ns)
			if err != nil {
				t.Fatal(err)
			}
			back, err := ParseScope(s.String())
			if err != nil || back != s {
				t.Errorf("context %q namespace %q: written %q, read back %+v, %v", c, ns, s, back, err)
			}
		}
	}
}

func TestScopeText(t *testing.T) {
	var v struct {
		Scope Scope `json:"scope"`
		None  Scope `json:"none"`
	}
	if err := json.Unmarshal([]byte(`{"scope":"aws:123456789012/eu-west-1","none":""}`), &v); err != nil {
		t.Fatal(err)
	}
	if v.Scope.Region() != "eu-west-1" || !v.None.IsZero() {
		t.Errorf("got %+v", v)
	}
	out, _ := json.Marshal(v)
	if string(out) != `{"scope":"aws:123456789012/eu-west-1","none":""}` {
		t.Errorf("marshalled %s", out)
	}
	if err := json.Unmarshal([]byte(`{"scope":"aws:x"}`), &v); err == nil {
		t.Error("an invalid scope was accepted")
	}
}

func TestClosedSetsText(t *testing.T) {
	for _, name := range []string{"added", "removed", "changed"} {
		var k DriftKind
		if err := k.UnmarshalText([]byte(name)); err != nil || k.String() != name || !k.Valid() {
			t.Errorf("drift kind %q: %v %v", name, k, err)
		}
	}
	for _, name := range []string{"benign", "risky"} {
		var v Verdict
		if err := v.UnmarshalText([]byte(strings.ToUpper(name))); err != nil || v.String() != name {
			t.Errorf("verdict %q: %v %v", name, v, err)
		}
	}
	for _, name := range []string{"off", "risky", "all"} {
		var m EnforcementMode
		if err := m.UnmarshalText([]byte(name)); err != nil || m.String() != name {
			t.Errorf("mode %q: %v %v", name, m, err)
		}
	}
	if _, err := ParseVerdict(""); err == nil {
		t.Error("an empty verdict was accepted")
	}
	if _, err := (Verdict(0)).MarshalText(); err == nil {
		t.Error("the unset verdict marshalled")
	}
	if _, err := ParseEnforcementMode("sometimes"); err == nil || !strings.Contains(err.Error(), "off, risky, all") {
		t.Errorf("error = %v", err)
	}
}
