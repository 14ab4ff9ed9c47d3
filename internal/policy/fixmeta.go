package policy

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/template"

	"github.com/plumbsec/plumb/internal/finding"
)

// readFix reads custom.fix: exactly one of
//
//	set:       {path: [segments], value: V}   (path optional: the finding's own path)
//	companion: {terraform: {type: T, body: "HCL with {{.Name}} and {{.Ref}}"}}
//	dockerfile: {op: use-copy | add-flag | append | to-label | comment-out, ...}
//	none:      "why no automatic fix is safe"
func readFix(c map[string]any) (*finding.Fix, error) {
	v, ok := c["fix"]
	if !ok {
		return nil, nil
	}
	m, ok := v.(map[string]any)
	if !ok || len(m) != 1 {
		return nil, fmt.Errorf("custom.fix must have exactly one of set, companion, dockerfile or none, got %v", v)
	}
	fix := &finding.Fix{}
	for k, body := range m {
		var err error
		switch k {
		case "set":
			fix.Set, err = readSetFix(body)
		case "companion":
			fix.Companion, err = readCompanion(body)
		case "dockerfile":
			fix.Dockerfile, err = readDockerfileFix(body)
		case "none":
			s, ok := body.(string)
			if !ok || strings.TrimSpace(s) == "" {
				err = fmt.Errorf("custom.fix.none must give the reason no fix is safe")
			}
			fix.None = strings.TrimSpace(s)
		default:
			err = fmt.Errorf("custom.fix: unknown kind %q (want set, companion, dockerfile or none)", k)
		}
		if err != nil {
			return nil, err
		}
	}
	return fix, nil
}

func readSetFix(v any) (*finding.SetFix, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("custom.fix.set must be {path: [...], value: V}, got %v", v)
	}
	val, ok := m["value"]
	if !ok {
		return nil, fmt.Errorf("custom.fix.set needs a value")
	}
	for k := range m {
		if k != "path" && k != "value" {
			return nil, fmt.Errorf("custom.fix.set: unknown key %q", k)
		}
	}
	set := &finding.SetFix{Value: normalise(val)}
	if raw, ok := m["path"]; ok {
		list, ok := raw.([]any)
		if !ok || len(list) == 0 {
			return nil, fmt.Errorf("custom.fix.set.path must be a non-empty list of keys and indexes, got %v", raw)
		}
		for _, seg := range list {
			switch s := normalise(seg).(type) {
			case string:
				set.Path = append(set.Path, s)
			case int:
				set.Path = append(set.Path, s)
			default:
				return nil, fmt.Errorf("custom.fix.set.path: segment %v is neither a key nor an index", seg)
			}
		}
	}
	switch set.Value.(type) {
	case string, bool, int, float64:
	default:
		return nil, fmt.Errorf("custom.fix.set.value must be a string, number or boolean, got %v", val)
	}
	return set, nil
}

func readCompanion(v any) (*finding.Companion, error) {
	m, ok := v.(map[string]any)
	tf, ok2 := m["terraform"].(map[string]any)
	if !ok || !ok2 || len(m) != 1 {
		return nil, fmt.Errorf("custom.fix.companion must be {terraform: {type: T, body: B}}, got %v", v)
	}
	typ, _ := tf["type"].(string)
	body, _ := tf["body"].(string)
	if typ == "" || strings.TrimSpace(body) == "" {
		return nil, fmt.Errorf("custom.fix.companion.terraform needs a type and a body")
	}
	if _, err := template.New("companion").Option("missingkey=error").Parse(body); err != nil {
		return nil, fmt.Errorf("custom.fix.companion.terraform.body: %w", err)
	}
	return &finding.Companion{Terraform: &finding.TerraformCompanion{Type: typ, Body: body}}, nil
}

// normalise turns the number types a METADATA block decodes to into int (whole) or float64.
func normalise(v any) any {
	switch n := v.(type) {
	case json.Number:
		if i, err := n.Int64(); err == nil {
			return int(i)
		}
		f, _ := n.Float64()
		return f
	case float64:
		if n == float64(int(n)) {
			return int(n)
		}
		return n
	case int64:
		return int(n)
	case uint64:
		return int(n)
	}
	return v
}
