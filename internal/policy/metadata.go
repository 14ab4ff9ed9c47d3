package policy

import (
	"fmt"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/plumbsec/plumb/internal/finding"
)

// frameworks lists the compliance framework keys a rule's custom.controls may use.
var frameworks = []string{"cis-aws", "cis-k8s", "pss", "nist-800-53", "pci-dss", "hipaa", "soc2", "iso-27001", "gdpr"}

// Frameworks returns the compliance framework keys a rule's custom.controls may use.
func Frameworks() []string { return append([]string(nil), frameworks...) }

// metadata is what a rule's package METADATA block declares.
type metadata struct {
	rule *finding.Rule
	// params are the custom.parameters defaults.
	params map[string]any
	// graph is true for a rule of custom.scope graph (or custom.types ["graph"]): it reads
	// the whole resource graph at once rather than one resource.
	graph bool
}

// readMetadata turns a package METADATA block into a rule description, or into every
// problem it has, each named by the block's file and line.
func readMetadata(a *ast.Annotations) (metadata, []error) {
	at := func(format string, args ...any) error {
		return fmt.Errorf("%s: %s", position(a.Location), fmt.Sprintf(format, args...))
	}
	var errs []error
	c := a.Custom
	id, err := requiredString(c, "id")
	if err != nil {
		errs = append(errs, at("%v", err))
	} else if strings.ContainsAny(id, " \t\n") {
		errs = append(errs, at("custom.id %q must not contain spaces", id))
	}
	sev, err := readSeverity(c)
	if err != nil {
		errs = append(errs, at("%v", err))
	}
	graph, err := readScope(c)
	if err != nil {
		errs = append(errs, at("%v", err))
	}
	if _, ok := c["types"]; graph && !ok {
		c = withTypes(c, []any{graphType})
	}
	types, err := readTypes(c)
	if err != nil {
		errs = append(errs, at("%v", err))
	}
	graph = graph || (len(types) == 1 && types[0] == graphType)
	remediation, err := optionalString(c, "remediation")
	if err != nil {
		errs = append(errs, at("%v", err))
	}
	controls, err := readControls(c)
	if err != nil {
		errs = append(errs, at("%v", err))
	}
	params, err := readParams(c)
	if err != nil {
		errs = append(errs, at("%v", err))
	}
	fix, err := readFix(c)
	if err != nil {
		errs = append(errs, at("%v", err))
	}
	title := strings.TrimSpace(a.Title)
	if title == "" {
		title = id
	}
	r := &finding.Rule{
		ID: id, Title: title, Severity: sev, Description: strings.TrimSpace(a.Description),
		Remediation: remediation, Types: types, Controls: controls, Fix: fix,
	}
	return metadata{rule: r, params: params, graph: graph}, errs
}

// graphType in custom.types makes a rule a graph rule, as custom.scope: graph does.
const graphType = "graph"

// readScope reads custom.scope: "resource" (the default) or "graph".
func readScope(c map[string]any) (bool, error) {
	v, ok := c["scope"]
	if !ok {
		return false, nil
	}
	switch v {
	case "resource":
		return false, nil
	case "graph":
		return true, nil
	}
	return false, fmt.Errorf("custom.scope must be \"resource\" or \"graph\", got %v", v)
}

// withTypes returns a copy of c with custom.types set.
func withTypes(c map[string]any, types []any) map[string]any {
	out := make(map[string]any, len(c)+1)
	for k, v := range c {
		out[k] = v
	}
	out["types"] = types
	return out
}

func requiredString(c map[string]any, key string) (string, error) {
	v, ok := c[key]
	if !ok {
		return "", fmt.Errorf("missing custom.%s", key)
	}
	s, ok := v.(string)
	if !ok || strings.TrimSpace(s) == "" {
		return "", fmt.Errorf("custom.%s must be a non-empty string, got %v", key, v)
	}
	return strings.TrimSpace(s), nil
}

func optionalString(c map[string]any, key string) (string, error) {
	if _, ok := c[key]; !ok {
		return "", nil
	}
	return requiredString(c, key)
}

func readSeverity(c map[string]any) (finding.Severity, error) {
	s, err := requiredString(c, "severity")
	if err != nil {
		return finding.Info, err
	}
	sev, err := finding.ParseSeverity(s)
	if err != nil {
		return finding.Info, fmt.Errorf("custom.severity: %w", err)
	}
	return sev, nil
}

// readTypes reads custom.types: a non-empty list of type names, "*" meaning every type.
func readTypes(c map[string]any) ([]string, error) {
	v, ok := c["types"]
	if !ok {
		return nil, fmt.Errorf("missing custom.types (the resource types the rule reads, or [\"*\"])")
	}
	list, err := stringList(v)
	if err != nil || len(list) == 0 {
		return nil, fmt.Errorf("custom.types must be a non-empty list of type names, got %v", v)
	}
	var types []string
	seen := map[string]bool{}
	for _, t := range list {
		if !seen[t] {
			seen[t] = true
			types = append(types, t)
		}
	}
	return types, nil
}

// readControls reads custom.controls: framework key → list of control ids. Control ids
// must be strings: YAML would read an unquoted 1.10 as the number 1.1.
func readControls(c map[string]any) (map[string][]string, error) {
	v, ok := c["controls"]
	if !ok {
		return nil, nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("custom.controls must map a framework to a list of control ids, got %v", v)
	}
	out := make(map[string][]string, len(m))
	for _, fw := range sortedKeys(m) {
		if !knownFramework(fw) {
			return nil, fmt.Errorf("custom.controls: unknown framework %q (want one of %s)", fw, strings.Join(frameworks, ", "))
		}
		ids, err := stringList(m[fw])
		if err != nil {
			return nil, fmt.Errorf("custom.controls.%s: %w (quote control ids: \"1.10\")", fw, err)
		}
		out[fw] = ids
	}
	return out, nil
}

func readParams(c map[string]any) (map[string]any, error) {
	v, ok := c["parameters"]
	if !ok {
		return map[string]any{}, nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("custom.parameters must be a map of parameter names to default values, got %v", v)
	}
	return m, nil
}

// stringList reads a YAML list of non-empty strings.
func stringList(v any) ([]string, error) {
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("want a list of strings, got %v", v)
	}
	out := make([]string, 0, len(list))
	for _, e := range list {
		s, ok := e.(string)
		if !ok || s == "" {
			return nil, fmt.Errorf("want a list of strings, got element %v", e)
		}
		out = append(out, s)
	}
	return out, nil
}

func knownFramework(fw string) bool {
	for _, f := range frameworks {
		if f == fw {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// position renders an AST location as file:line.
func position(loc *ast.Location) string {
	if loc == nil {
		return "<unknown>"
	}
	return fmt.Sprintf("%s:%d", loc.File, loc.Row)
}

// ForFramework returns the rules that map to at least one control of framework, in their
// order. An unknown framework key is an error naming the known ones.
func ForFramework(rules []*finding.Rule, framework string) ([]*finding.Rule, error) {
	if !knownFramework(framework) {
		return nil, fmt.Errorf("unknown framework %q (want one of %s)", framework, strings.Join(frameworks, ", "))
	}
	out := []*finding.Rule{}
	for _, r := range rules {
		if len(r.Controls[framework]) > 0 {
			out = append(out, r)
		}
	}
	return out, nil
}
