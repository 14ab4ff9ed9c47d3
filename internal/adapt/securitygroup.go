package adapt

import (
	"fmt"
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
)

func init() {
	registerNormaliser("aws_security_group", normaliseInlineGroup)
	for typ, m := range groupMergers {
		registerMerger(typ, "security_group_id", "aws_security_group", "", m)
	}
}

// groupMergers merge separate rule resources into their security group.
var groupMergers = map[string]func(g, c *resource.Resource){
	"aws_security_group_rule": func(g, c *resource.Resource) {
		dir, _ := c.Attributes["type"].(string)
		appendRule(g, c, dir, map[string]string{"source_security_group_id": "security_groups"})
	},
	"aws_vpc_security_group_ingress_rule": func(g, c *resource.Resource) {
		appendRule(g, c, "ingress", vpcRuleRenames)
	},
	"aws_vpc_security_group_egress_rule": func(g, c *resource.Resource) {
		appendRule(g, c, "egress", vpcRuleRenames)
	},
}

var vpcRuleRenames = map[string]string{
	"cidr_ipv4": "cidr_blocks", "cidr_ipv6": "ipv6_cidr_blocks", "ip_protocol": "protocol",
	"referenced_security_group_id": "security_groups", "prefix_list_id": "prefix_list_ids",
}

// listAttrs are rule attributes that are lists in the canonical form even when a separate
// resource gives a single value.
var listAttrs = map[string]bool{"cidr_blocks": true, "ipv6_cidr_blocks": true, "security_groups": true, "prefix_list_ids": true}

// ruleFields are what a canonical rule object carries.
var ruleFields = []string{"description", "from_port", "to_port", "protocol", "cidr_blocks", "ipv6_cidr_blocks",
	"security_groups", "self", "prefix_list_ids"}

func normaliseInlineGroup(g *resource.Resource) {
	for _, dir := range []string{"ingress", "egress"} {
		list, ok := g.Attributes[dir].([]any)
		if !ok {
			continue
		}
		for _, e := range list {
			if m, ok := e.(map[string]any); ok {
				normaliseProtocol(m)
			}
		}
	}
}

func normaliseProtocol(rule map[string]any) {
	switch v := rule["protocol"].(type) {
	case string:
		rule["protocol"] = strings.ToLower(v)
	case int64:
		rule["protocol"] = fmt.Sprint(v)
	case float64:
		rule["protocol"] = fmt.Sprint(v)
	}
}

// appendRule adds c as one more rule of g. It leaves c unmerged (and so standalone) when its
// direction is not known or g's rule list is itself unknown: merging then would hide it.
func appendRule(g, c *resource.Resource, dir string, renames map[string]string) {
	if dir != "ingress" && dir != "egress" {
		return
	}
	existing, has := g.Attributes[dir]
	if has && resource.IsUnknown(existing) {
		return
	}
	list, _ := existing.([]any)
	i := len(list)
	rule := map[string]any{}
	for k, v := range c.Attributes {
		name := k
		if r, ok := renames[k]; ok {
			name = r
		}
		if !contains(ruleFields, name) {
			continue
		}
		if listAttrs[name] {
			if _, isList := v.([]any); !isList && !resource.IsUnknown(v) {
				v = []any{v}
			}
		}
		rule[name] = v
	}
	normaliseProtocol(rule)
	g.Attributes[dir] = append(list, rule)
	for _, u := range resource.FindUnknowns(rule, p{dir, i}) {
		g.Unknowns = append(g.Unknowns, u)
	}
	carry(g, p{dir, i}, c, p{})
	for from, to := range renames {
		if _, ok := c.Attributes[from]; ok {
			carry(g, p{dir, i, to}, c, p{from})
		}
	}
	dropRuleOnlyPaths(g, dir, i)
}

// dropRuleOnlyPaths forgets locations carried for the separate resource's own arguments
// that are not part of a rule (security_group_id, type), so they cannot mislead a lookup.
func dropRuleOnlyPaths(g *resource.Resource, dir string, i int) {
	for _, k := range []string{"security_group_id", "type", "cidr_ipv4", "cidr_ipv6", "ip_protocol",
		"referenced_security_group_id", "source_security_group_id", "prefix_list_id"} {
		delete(g.Locations, p{dir, i, k}.String())
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
