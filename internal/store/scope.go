package store

import (
	"fmt"
	"path"
	"regexp"
	"strings"
	"unicode"
)

// ScopeKind says what a scope names: a Kubernetes cluster or namespace, an AWS account's
// region, or a Terraform state file.
type ScopeKind int

// Scope kinds. The zero value is no scope: an IaC scan of a directory has none.
const (
	NoScope ScopeKind = iota
	ScopeKubernetes
	ScopeAWS
	ScopeTFState
)

var scopeKindNames = [...]string{"", "kubernetes", "aws", "tfstate"}

func (k ScopeKind) String() string {
	if k < NoScope || k > ScopeTFState {
		return fmt.Sprintf("scopekind(%d)", int(k))
	}
	return scopeKindNames[k]
}

// MarshalText writes the name used as the scope's prefix.
func (k ScopeKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Scope names a live thing that Plumb scans, baselines and enforces: written
// kubernetes:CONTEXT[/NAMESPACE], aws:ACCOUNT/REGION or tfstate:PATH. The zero Scope is no
// scope. A Scope is a comparable value and every non-zero one is valid: the only ways to
// make one are ParseScope and the New*Scope functions.
//
// A kubeconfig context may itself contain '/' (EKS names contexts by cluster ARN). The
// namespace is what follows the last '/', so such a context is written with a trailing '/'
// when the scope is the whole cluster: kubernetes:arn:aws:eks:eu-west-1:123456789012:cluster/prod/
// — String does so, and ParseScope(s.String()) == s for every scope.
type Scope struct {
	kind ScopeKind
	// a is the context, the account or the state path; b the namespace or the region.
	a, b string
}

var (
	namespaceRE = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`)
	accountRE   = regexp.MustCompile(`^[0-9]{12}$`)
	regionRE    = regexp.MustCompile(`^[a-z]{2}(-[a-z]+)+-[0-9]+$`)
)

// NewKubernetesScope names a cluster by its kubeconfig context, or one namespace of it when
// namespace is not empty.
func NewKubernetesScope(context, namespace string) (Scope, error) {
	if context == "" {
		return Scope{}, fmt.Errorf("kubernetes scope: the context is empty")
	}
	if strings.IndexFunc(context, unicode.IsControl) >= 0 {
		return Scope{}, fmt.Errorf("kubernetes scope: context %q holds a control character", context)
	}
	if namespace != "" && !isNamespace(namespace) {
		return Scope{}, fmt.Errorf("kubernetes scope: namespace %q is not a DNS label (lower-case letters, digits and '-', at most 63)", namespace)
	}
	return Scope{kind: ScopeKubernetes, a: context, b: namespace}, nil
}

func isNamespace(s string) bool { return len(s) <= 63 && namespaceRE.MatchString(s) }

// NewAWSScope names one region of one AWS account.
func NewAWSScope(account, region string) (Scope, error) {
	if !accountRE.MatchString(account) {
		return Scope{}, fmt.Errorf("aws scope: account %q is not a 12-digit account id", account)
	}
	if !regionRE.MatchString(region) {
		return Scope{}, fmt.Errorf("aws scope: region %q is not a region name such as eu-west-1", region)
	}
	return Scope{kind: ScopeAWS, a: account, b: region}, nil
}

// NewTFStateScope names a Terraform state by its path or URL. A local path is cleaned
// (a/./b.tfstate is a/b.tfstate) but not made absolute: callers that take a path from the
// user make it absolute first, so that one state has one scope wherever Plumb runs.
func NewTFStateScope(p string) (Scope, error) {
	if p == "" {
		return Scope{}, fmt.Errorf("tfstate scope: the path is empty")
	}
	if strings.IndexFunc(p, unicode.IsControl) >= 0 {
		return Scope{}, fmt.Errorf("tfstate scope: path %q holds a control character", p)
	}
	if !strings.Contains(p, "://") {
		p = path.Clean(p)
	}
	return Scope{kind: ScopeTFState, a: p}, nil
}

// ParseScope reads the written form of a scope.
func ParseScope(s string) (Scope, error) {
	kind, rest, ok := strings.Cut(s, ":")
	if !ok {
		return Scope{}, fmt.Errorf("scope %q: want kubernetes:CONTEXT[/NAMESPACE], aws:ACCOUNT/REGION or tfstate:PATH", s)
	}
	switch kind {
	case "kubernetes":
		context, namespace := rest, ""
		if i := strings.LastIndexByte(rest, '/'); i >= 0 {
			context, namespace = rest[:i], rest[i+1:]
		}
		if namespace != "" && !isNamespace(namespace) {
			return Scope{}, fmt.Errorf("scope %q: namespace %q is not a DNS label; a context that contains '/' is written with a trailing '/' for the whole cluster (kubernetes:%s/)", s, namespace, rest)
		}
		sc, err := NewKubernetesScope(context, namespace)
		if err != nil {
			return Scope{}, fmt.Errorf("scope %q: %w", s, err)
		}
		return sc, nil
	case "aws":
		account, region, ok := strings.Cut(rest, "/")
		if !ok {
			return Scope{}, fmt.Errorf("scope %q: want aws:ACCOUNT/REGION", s)
		}
		sc, err := NewAWSScope(account, region)
		if err != nil {
			return Scope{}, fmt.Errorf("scope %q: %w", s, err)
		}
		return sc, nil
	case "tfstate":
		sc, err := NewTFStateScope(rest)
		if err != nil {
			return Scope{}, fmt.Errorf("scope %q: %w", s, err)
		}
		return sc, nil
	}
	return Scope{}, fmt.Errorf("scope %q: unknown kind %q (want kubernetes, aws or tfstate)", s, kind)
}

// String writes the scope as ParseScope reads it; the zero Scope is "".
func (s Scope) String() string {
	switch s.kind {
	case ScopeKubernetes:
		if s.b != "" {
			return "kubernetes:" + s.a + "/" + s.b
		}
		if strings.Contains(s.a, "/") {
			return "kubernetes:" + s.a + "/"
		}
		return "kubernetes:" + s.a
	case ScopeAWS:
		return "aws:" + s.a + "/" + s.b
	case ScopeTFState:
		return "tfstate:" + s.a
	}
	return ""
}

// IsZero reports whether s is no scope.
func (s Scope) IsZero() bool { return s.kind == NoScope }

// Kind says what the scope names.
func (s Scope) Kind() ScopeKind { return s.kind }

// Context is a Kubernetes scope's kubeconfig context.
func (s Scope) Context() string { return s.pick(ScopeKubernetes, s.a) }

// Namespace is a Kubernetes scope's namespace, "" for the whole cluster.
func (s Scope) Namespace() string { return s.pick(ScopeKubernetes, s.b) }

// Account is an AWS scope's account id.
func (s Scope) Account() string { return s.pick(ScopeAWS, s.a) }

// Region is an AWS scope's region.
func (s Scope) Region() string { return s.pick(ScopeAWS, s.b) }

// Path is a tfstate scope's path or URL.
func (s Scope) Path() string { return s.pick(ScopeTFState, s.a) }

func (s Scope) pick(k ScopeKind, v string) string {
	if s.kind != k {
		return ""
	}
	return v
}

// MarshalText writes String.
func (s Scope) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads the written form; empty text is the zero Scope.
func (s *Scope) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*s = Scope{}
		return nil
	}
	v, err := ParseScope(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
