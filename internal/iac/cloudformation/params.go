package cloudformation

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/plumbsec/plumb/internal/resource"
)

// paramValue is a value given for a parameter outside the template: an entry of a
// --cfn-params file.
type paramValue struct {
	node *yaml.Node // the value as written (a scalar, or a list for list parameters)
	loc  resource.Location
}

// paramFile is one --cfn-params file, read once for every template.
type paramFile struct {
	values map[string]paramValue
	keys   []string // in file order, for diagnostics
	used   map[string]bool
}

// readParamFile reads a parameters file in any of the forms the AWS tools write:
//
//	[{"ParameterKey": "Env", "ParameterValue": "prod"}]    (aws cloudformation --parameters)
//	{"Parameters": {"Env": "prod"}}                          (CodePipeline template configuration)
//	{"Env": "prod"}                                          (a plain map)
//
// YAML is read too. rel is the file's name as findings show it.
func readParamFile(path, rel string) (*paramFile, *resource.Diagnostic) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, &resource.Diagnostic{Error: true, File: rel, Summary: "cannot read CloudFormation parameters file", Detail: err.Error()}
	}
	root, err := parse(src)
	if err != nil {
		d := &resource.Diagnostic{Error: true, File: rel, Summary: "CloudFormation parameters file does not parse", Detail: err.Error()}
		if pe, ok := err.(*parseError); ok {
			d.Line, d.Detail = pe.line, pe.msg
		}
		return nil, d
	}
	pf := &paramFile{values: map[string]paramValue{}, used: map[string]bool{}}
	add := func(k string, kn, vn *yaml.Node) {
		if _, dup := pf.values[k]; !dup {
			pf.keys = append(pf.keys, k)
		}
		start := vn.Line
		if kn != nil && kn.Line < start {
			start = kn.Line
		}
		pf.values[k] = paramValue{node: vn, loc: resource.Location{File: rel, StartLine: start, EndLine: endLine(vn)}}
	}
	switch root.Kind {
	case yaml.SequenceNode:
		for _, e := range root.Content {
			k, _ := lookup(e, "ParameterKey")
			v, _ := lookup(e, "ParameterValue")
			if k == nil || k.Kind != yaml.ScalarNode || v == nil {
				return nil, &resource.Diagnostic{Error: true, File: rel, Line: e.Line,
					Summary: "CloudFormation parameters file entry needs ParameterKey and ParameterValue"}
			}
			add(k.Value, nil, v)
		}
	case yaml.MappingNode:
		m := root
		if p, _ := lookup(root, "Parameters"); p != nil && deref(p).Kind == yaml.MappingNode {
			m = deref(p)
		}
		ks, vs := mapEntries(m)
		for i, k := range ks {
			add(k.Value, k, deref(vs[i]))
		}
	default:
		return nil, &resource.Diagnostic{Error: true, File: rel, Line: root.Line,
			Summary: "CloudFormation parameters file is neither a list of ParameterKey/ParameterValue nor a map"}
	}
	return pf, nil
}

// param is a template parameter and the value the stack would get for it.
type param struct {
	name string
	typ  string
	// value is nil when no value is known.
	value *val
}

// pseudo parameters that have no value unless a params file gives one.
var unknownPseudo = map[string]bool{
	"AWS::AccountId": true, "AWS::Region": true, "AWS::StackId": true, "AWS::StackName": true,
	"AWS::NotificationARNs": true,
}

// paramVal converts a parameter's value, as written in a Default or a params file, to the
// value a Ref to it gives: a number for Number, a list for list types, a string otherwise.
// SSM parameter types are never known here: their value is read from Parameter Store when
// the stack is deployed.
func paramVal(typ string, n *yaml.Node, loc resource.Location) *val {
	n = deref(n)
	switch {
	case n == nil:
		return nil
	case strings.HasPrefix(typ, "AWS::SSM::Parameter::Value<"):
		return nil
	case typ == "CommaDelimitedList" || strings.HasPrefix(typ, "List<"):
		var parts []string
		if n.Kind == yaml.SequenceNode {
			for _, e := range n.Content {
				if e.Kind != yaml.ScalarNode {
					return nil
				}
				parts = append(parts, e.Value)
			}
		} else if n.Kind == yaml.ScalarNode {
			parts = strings.Split(n.Value, ",")
		} else {
			return nil
		}
		items := make([]*val, len(parts))
		for i, p := range parts {
			items[i] = scalarVal(numberIf(typ == "List<Number>", p), loc)
		}
		return listVal(loc, items...)
	case n.Kind != yaml.ScalarNode:
		return nil
	case typ == "Number":
		return scalarVal(numberIf(true, n.Value), loc)
	}
	return scalarVal(n.Value, loc)
}

func numberIf(number bool, s string) any {
	if !number {
		return s
	}
	if i, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64); err == nil {
		return i
	}
	if f, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil {
		return f
	}
	return s
}

// readParameters collects the template's Parameters section and the value each gets: from
// the last params file that names it, else its Default. Pseudo parameters may also be given
// by a params file (AWS::Region, AWS::AccountId, ...).
func (t *template) readParameters(section *yaml.Node, files []*paramFile) {
	ks, vs := mapEntries(section)
	for i, k := range ks {
		p := &param{name: k.Value}
		if tn, _ := lookup(vs[i], "Type"); tn != nil && tn.Kind == yaml.ScalarNode {
			p.typ = tn.Value
		}
		if dn, dk := lookup(vs[i], "Default"); dn != nil {
			p.value = paramVal(p.typ, dn, resource.Location{File: t.file, StartLine: dk.Line, EndLine: endLine(dn)})
		}
		t.params[p.name] = p
	}
	for _, pf := range files {
		for _, name := range pf.keys {
			pv := pf.values[name]
			p, ok := t.params[name]
			if !ok {
				if !strings.HasPrefix(name, "AWS::") {
					continue
				}
				p = &param{name: name}
				t.params[name] = p
			}
			pf.used[name] = true
			p.value = paramVal(p.typ, pv.node, pv.loc)
		}
	}
}

// pseudo returns the value of a pseudo parameter (AWS::Region, ...) at loc.
func (t *template) pseudo(name string, loc resource.Location) (*val, bool) {
	if p, ok := t.params[name]; ok && strings.HasPrefix(name, "AWS::") && p.value != nil {
		return p.value, true
	}
	switch {
	case name == "AWS::NoValue":
		return noValue(loc), true
	case unknownPseudo[name]:
		return unknownVal(loc), true
	case name == "AWS::Partition":
		return scalarVal(t.partition(), loc), true
	case name == "AWS::URLSuffix":
		if strings.HasPrefix(t.partition(), "aws-cn") {
			return scalarVal("amazonaws.com.cn", loc), true
		}
		return scalarVal("amazonaws.com", loc), true
	}
	return nil, false
}

// partition is the partition of the region a params file gives, and otherwise the
// commercial one: the one assumption the loader makes, so that ARNs built with
// ${AWS::Partition} (managed policy ARNs above all) can be checked.
func (t *template) partition() string {
	if p, ok := t.params["AWS::Partition"]; ok && p.value != nil {
		if s, ok := p.value.str(); ok {
			return s
		}
	}
	if p, ok := t.params["AWS::Region"]; ok && p.value != nil {
		if r, ok := p.value.str(); ok {
			switch {
			case strings.HasPrefix(r, "cn-"):
				return "aws-cn"
			case strings.HasPrefix(r, "us-gov-"):
				return "aws-us-gov"
			case strings.HasPrefix(r, "us-iso-"):
				return "aws-iso"
			case strings.HasPrefix(r, "us-isob-"):
				return "aws-iso-b"
			}
		}
	}
	return "aws"
}

// unusedParams warns about params-file keys no template declared: usually a typo.
func unusedParams(files []*paramFile, rels []string) []resource.Diagnostic {
	var out []resource.Diagnostic
	for i, pf := range files {
		for _, k := range pf.keys {
			if !pf.used[k] {
				out = append(out, resource.Diagnostic{File: rels[i], Line: pf.values[k].loc.StartLine,
					Summary: fmt.Sprintf("parameter %s is not declared by any scanned template", k)})
			}
		}
	}
	return out
}
