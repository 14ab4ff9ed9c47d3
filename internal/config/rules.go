package config

import (
	"fmt"

	"gopkg.in/yaml.v3"
)

// RuleSettings is the rules key: settings by rule id, and two shorthands for many rules at
// once,
//
//	rules:
//	  disable: [PLB-AWS-S3-008, PLB-K8S-RES-001]
//	  severity: {PLB-AWS-S3-007: low}
//	  ORG-TAGS-001: {params: {required_tags: [owner]}}
//
// which mean the same as disabled: true or severity: low under each id. "disable" and
// "severity" are therefore not usable as rule ids here.
type RuleSettings map[string]RuleConfig

// UnmarshalYAML reads the per-id entries strictly (an unknown key is an error with its
// line) and folds the shorthands into them.
func (rs *RuleSettings) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: rules must map rule ids to settings", n.Line)
	}
	out := RuleSettings{}
	get := func(id string) RuleConfig { return out[id] }
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "disable":
			var ids []string
			if err := v.Decode(&ids); err != nil {
				return fmt.Errorf("line %d: rules.disable must be a list of rule ids", v.Line)
			}
			for _, id := range ids {
				rc := get(id)
				rc.Disabled = true
				out[id] = rc
			}
		case "severity":
			var sev map[string]string
			if err := v.Decode(&sev); err != nil {
				return fmt.Errorf("line %d: rules.severity must map rule ids to severities", v.Line)
			}
			for id, s := range sev {
				rc := get(id)
				rc.Severity = s
				out[id] = rc
			}
		default:
			if err := checkKeys(v, "disabled", "severity", "params"); err != nil {
				return fmt.Errorf("rules.%s: %w", k.Value, err)
			}
			var rc RuleConfig
			if err := v.Decode(&rc); err != nil {
				return err
			}
			prev := get(k.Value)
			rc.Disabled = rc.Disabled || prev.Disabled
			if rc.Severity == "" {
				rc.Severity = prev.Severity
			}
			out[k.Value] = rc
		}
	}
	*rs = out
	return nil
}

// checkKeys refuses a mapping key outside allowed, naming its line, as the strict decoder
// does for the rest of the file (a node's Decode does not).
func checkKeys(n *yaml.Node, allowed ...string) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: want a mapping of %v", n.Line, allowed)
	}
	for i := 0; i < len(n.Content); i += 2 {
		k := n.Content[i]
		ok := false
		for _, a := range allowed {
			ok = ok || k.Value == a
		}
		if !ok {
			return fmt.Errorf("line %d: field %s not found (want one of %v)", k.Line, k.Value, allowed)
		}
	}
	return nil
}
