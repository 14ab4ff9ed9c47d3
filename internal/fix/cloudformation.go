package fix

import (
	"encoding/json"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

// fixCloudFormation sets a canonical attribute in a CloudFormation template, YAML or JSON:
// the canonical path goes back to its property (adapt.CloudFormationPath), the template's
// node for the resource is found by logical ID, and the property's value is spliced on its
// line, so short tags (!Ref, !Sub) and comments elsewhere stay as written. A missing
// property is added to a block-style YAML mapping; JSON gets only values replaced.
func (p *planner) fixCloudFormation(f *finding.Finding, r *resource.Resource) error {
	fx := f.Rule.Fix
	if fx.Companion != nil {
		return p.cfnCompanion(f, r)
	}
	if fx.Set == nil {
		return fmt.Errorf("the rule's fix has no CloudFormation form")
	}
	path := fx.Set.Path
	if len(path) == 0 {
		path = f.Path
	}
	for _, u := range r.Unknowns {
		if path.HasPrefix(u) || u.HasPrefix(path) {
			return fmt.Errorf("%s is unknown until the stack is deployed", path)
		}
	}
	cfnType, logicalID, ok := strings.Cut(r.Key, " ")
	if !ok {
		return fmt.Errorf("%s is not a CloudFormation resource key", r.Key)
	}
	props, ok := adapt.CloudFormationPath(cfnType, path, fx.Set.Value)
	if !ok {
		return fmt.Errorf("%s has no CloudFormation property Plumb can write for %s", cfnType, path)
	}
	decl := r.Locations[""]
	fl, err := p.open(decl.File)
	if err != nil {
		return err
	}
	docs, err := yamlDocs(fl.yaml)
	if err != nil || len(docs) != 1 {
		return fmt.Errorf("%s: the template does not parse as one document", decl.File)
	}
	res := mapValue(mapValue(docs[0], "Resources"), logicalID)
	if res == nil {
		return fmt.Errorf("%s: resource %s not found", decl.File, logicalID)
	}
	node := mapValue(res, "Properties")
	if node == nil {
		return fmt.Errorf("%s:%d: %s has no Properties to set %s in: add it by hand", decl.File, res.Line, logicalID, props)
	}
	for i, seg := range props {
		switch s := seg.(type) {
		case string:
			if node.Kind != yaml.MappingNode || node.Tag != "!!map" {
				return fmt.Errorf("%s:%d: %s is not a plain mapping (%s)", decl.File, node.Line, props[:i], node.Tag)
			}
			next := mapValue(node, s)
			if next == nil {
				if json.Valid(fl.yaml) {
					return fmt.Errorf("%s:%d: %s is missing; Plumb adds properties to YAML templates only", decl.File, node.Line, props[i:])
				}
				return p.insertKeys(fl, f, node, props[i:], fx.Set.Value)
			}
			node = next
		case int:
			if node.Kind != yaml.SequenceNode || s >= len(node.Content) {
				return fmt.Errorf("%s:%d: %s has no item %d", decl.File, node.Line, props[:i], s)
			}
			node = node.Content[s]
		}
	}
	return p.replaceCFNScalar(fl, f, node, fx.Set.Value)
}

// replaceCFNScalar rewrites the scalar n on its line. CloudFormation reads "true" and true
// alike, so a quoted string is kept quoted; an intrinsic function (!Ref, {"Ref": …}) is a
// value a person chose and is left alone.
func (p *planner) replaceCFNScalar(fl *file, f *finding.Finding, n *yaml.Node, value any) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("%s:%d: the value is computed (an intrinsic function or a structure): fix it by hand", fl.name, n.Line)
	}
	if n.Tag != "!!str" && n.Tag != "!!bool" && n.Tag != "!!int" && n.Tag != "!!float" {
		return fmt.Errorf("%s:%d: the value is %s: fix it by hand", fl.name, n.Line, n.Tag)
	}
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return fmt.Errorf("%s:%d: a block scalar is not rewritten", fl.name, n.Line)
	}
	text := fmt.Sprint(value)
	quoted := n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0
	_, isStr := value.(string)
	switch {
	case quoted || (isStr && json.Valid(fl.yaml)):
		b, _ := json.Marshal(text)
		text = string(b)
	case isStr:
		t, err := scalarText(value)
		if err != nil {
			return err
		}
		text = t
	}
	lines := strings.SplitAfter(string(fl.yaml), "\n")
	line := lines[n.Line-1]
	col := n.Column - 1
	if col >= len(line) || !ascii(line[:col]) {
		return fmt.Errorf("%s:%d: cannot place the value on its line", fl.name, n.Line)
	}
	end := scalarEnd(line, col, n)
	if end < 0 {
		return fmt.Errorf("%s:%d: the value does not end on its line", fl.name, n.Line)
	}
	lines[n.Line-1] = line[:col] + text + line[end:]
	return p.commitYAML(fl, f, strings.Join(lines, ""))
}

// scalarEnd is the byte offset in line just past the scalar that starts at col.
func scalarEnd(line string, col int, n *yaml.Node) int {
	switch line[col] {
	case '"':
		for i := col + 1; i < len(line); i++ {
			switch line[i] {
			case '\\':
				i++
			case '"':
				return i + 1
			}
		}
		return -1
	case '\'':
		for i := col + 1; i < len(line); i++ {
			if line[i] == '\'' {
				if i+1 < len(line) && line[i+1] == '\'' {
					i++
					continue
				}
				return i + 1
			}
		}
		return -1
	}
	// A plain scalar: its text is n.Value, unless it was folded over lines.
	if strings.HasPrefix(line[col:], n.Value) {
		return col + len(n.Value)
	}
	return -1
}

// cfnCompanions are the CloudFormation forms of Terraform companion fixes: the properties
// that, added to the resource, do what the companion resource does. Keyed by type and the
// canonical path the rule reports; the text is YAML at the indentation of a property.
var cfnCompanions = map[string]map[string]string{
	"AWS::S3::Bucket": {
		"server_side_encryption": "BucketEncryption:\n  ServerSideEncryptionConfiguration:\n    - ServerSideEncryptionByDefault:\n        SSEAlgorithm: AES256\n",
		"public_access_block":    "PublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  BlockPublicPolicy: true\n  IgnorePublicAcls: true\n  RestrictPublicBuckets: true\n",
		"versioning.enabled":     "VersioningConfiguration:\n  Status: Enabled\n",
	},
}

// cfnCompanion adds the properties a companion fix stands for to a YAML template; when the
// property is there already (versioning suspended) its value is set instead.
func (p *planner) cfnCompanion(f *finding.Finding, r *resource.Resource) error {
	cfnType, logicalID, _ := strings.Cut(r.Key, " ")
	text, ok := cfnCompanions[cfnType][f.Path.String()]
	if !ok {
		return fmt.Errorf("the rule's fix is a Terraform companion with no CloudFormation form for %s: fix it by hand", cfnType)
	}
	decl := r.Locations[""]
	fl, err := p.open(decl.File)
	if err != nil {
		return err
	}
	docs, err := yamlDocs(fl.yaml)
	if err != nil || len(docs) != 1 {
		return fmt.Errorf("%s: the template does not parse as one document", decl.File)
	}
	res := mapValue(mapValue(docs[0], "Resources"), logicalID)
	if res == nil || res.Kind != yaml.MappingNode {
		return fmt.Errorf("%s: resource %s not found", decl.File, logicalID)
	}
	prop, _, _ := strings.Cut(text, ":")
	props := mapValue(res, "Properties")
	if have := mapValue(props, prop); have != nil {
		if st := mapValue(have, "Status"); prop == "VersioningConfiguration" && st != nil {
			return p.replaceCFNScalar(fl, f, st, "Enabled")
		}
		return fmt.Errorf("%s:%d: %s is there and the rule finds it wanting: fix it by hand", decl.File, have.Line, prop)
	}
	if json.Valid(fl.yaml) {
		return fmt.Errorf("%s: %s is missing; Plumb adds properties to YAML templates only", decl.File, prop)
	}
	into := props
	if props == nil {
		into = res
		text = "Properties:\n" + indentLines(text, "  ")
	}
	if into.Kind != yaml.MappingNode || into.Style&yaml.FlowStyle != 0 || len(into.Content) == 0 {
		return fmt.Errorf("%s:%d: an empty or flow-style mapping is not extended", decl.File, into.Line)
	}
	last, ok := lastLine(into)
	if !ok {
		return fmt.Errorf("%s:%d: the mapping ends in a block scalar: add %s by hand", decl.File, into.Line, prop)
	}
	lines := strings.SplitAfter(string(fl.yaml), "\n")
	if !strings.HasSuffix(lines[last-1], "\n") {
		lines[last-1] += "\n"
	}
	add := indentLines(text, strings.Repeat(" ", into.Content[0].Column-1))
	return p.commitYAML(fl, f, strings.Join(lines[:last], "")+add+strings.Join(lines[last:], ""))
}

func indentLines(text, indent string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(text, "\n") {
		if l != "" {
			b.WriteString(indent + l)
		}
	}
	return b.String()
}
