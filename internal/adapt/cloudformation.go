package adapt

import (
	"sort"
	"strconv"
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
)

// CloudFormation resources, typed "AWS::S3::Bucket" and keyed "<Type> <LogicalId>", become
// the canonical resources the Terraform adapters produce: the CloudFormation type is
// replaced by the Terraform provider's type name and each property moves to the path and
// shape the Terraform resource has (AccessControl: PublicRead → acl = "public-read";
// VersioningConfiguration → versioning, which the S3 normaliser then makes canonical), with
// its locations, unknowns and references. The key is kept. A property the mapping does not
// name stays under its CloudFormation name, so a custom rule can still read it; a type
// without a mapping (cloudformationTypes) stays whole in its native shape.

func init() { originAdapters[resource.OriginCloudFormation] = adaptCloudFormation }

// cfnShape is how a property's value becomes the canonical value.
type cfnShape uint8

const (
	cfnLeafShape   cfnShape = iota // the value as it is (converted by conv)
	cfnBlockShape                  // an object → a Terraform nested block: a list of one object
	cfnBlocksShape                 // a list of objects → a list of blocks
	cfnObjectShape                 // an object → an object
	cfnFlatShape                   // an object whose fields move up into the parent
)

// cfnField maps one CloudFormation property to a canonical attribute.
type cfnField struct {
	from, to string
	shape    cfnShape
	conv     func(any) any
	sub      []cfnField
	// keep leaves the property under its CloudFormation name as well (a flattened Code
	// whose ZipFile has no canonical place).
	keep bool
}

func cfnProp(from, to string) cfnField { return cfnField{from: from, to: to} }
func cfnConv(from, to string, conv func(any) any) cfnField {
	return cfnField{from: from, to: to, conv: conv}
}
func cfnBool(from, to string) cfnField { return cfnConv(from, to, cfnToBool) }
func cfnInt(from, to string) cfnField  { return cfnConv(from, to, cfnToInt) }
func cfnList(from, to string) cfnField { return cfnConv(from, to, cfnToList) }
func cfnBlock(from, to string, sub ...cfnField) cfnField {
	return cfnField{from: from, to: to, shape: cfnBlockShape, sub: sub}
}
func cfnBlocks(from, to string, sub ...cfnField) cfnField {
	return cfnField{from: from, to: to, shape: cfnBlocksShape, sub: sub}
}
func cfnObject(from, to string, sub ...cfnField) cfnField {
	return cfnField{from: from, to: to, shape: cfnObjectShape, sub: sub}
}
func cfnFlat(from string, sub ...cfnField) cfnField {
	return cfnField{from: from, shape: cfnFlatShape, sub: sub}
}

// cfnType is the mapping of one CloudFormation type.
type cfnType struct {
	// to is the canonical type; typeOf, when set, chooses it from the properties.
	to     string
	typeOf func(props map[string]any) string
	fields []cfnField
	// reshape handles what a field list cannot say (tag lists, key/value attribute lists,
	// root and EBS volumes).
	reshape func(m *cfnMapper)
}

func adaptCloudFormation(r *resource.Resource) {
	t, ok := cloudformationTypes[r.Type]
	if !ok {
		return
	}
	m := &cfnMapper{src: clone(r), attrs: map[string]any{}, used: map[string]bool{}}
	for k, v := range m.fields(resource.Path{}, resource.Path{}, t.fields) {
		m.attrs[k] = v
	}
	m.tags()
	if t.reshape != nil {
		t.reshape(m)
	}
	to := t.to
	if t.typeOf != nil {
		to = t.typeOf(r.Attributes)
	}
	m.finish(r, to)
}

// cfnMapper builds one canonical resource from a CloudFormation one. It records, for every
// value it moves, the source and destination paths, and moves locations and references
// along those pairs once the tree is built.
type cfnMapper struct {
	src   *resource.Resource
	attrs map[string]any
	pairs []cfnPair
	used  map[string]bool // top-level properties consumed
}

// cfnPair says that the value at src is now at dst; whole means everything below src moved
// too, under the same relative paths.
type cfnPair struct {
	src, dst resource.Path
	whole    bool
}

func (m *cfnMapper) pair(src, dst resource.Path, whole bool) {
	m.pairs = append(m.pairs, cfnPair{src: src, dst: dst, whole: whole})
}

func (m *cfnMapper) get(p resource.Path) (any, bool) { return resource.Get(m.src.Attributes, p) }

// fields maps the properties under srcBase to the attributes under dstBase.
func (m *cfnMapper) fields(dstBase, srcBase resource.Path, fs []cfnField) map[string]any {
	out := map[string]any{}
	for _, f := range fs {
		src := srcBase.Append(f.from)
		if len(srcBase) == 0 && !f.keep {
			if _, ok := m.get(src); ok {
				m.used[f.from] = true
			}
		}
		if f.shape == cfnFlatShape {
			v, ok := m.get(src)
			if !ok {
				continue
			}
			if resource.IsUnknown(v) {
				for _, s := range f.sub {
					out[s.to] = resource.Unknown{}
					m.pair(src, dstBase.Append(s.to), true)
				}
				continue
			}
			for k, v := range m.fields(dstBase, src, f.sub) {
				out[k] = v
			}
			continue
		}
		if v, ok := m.field(dstBase.Append(f.to), src, f); ok {
			out[f.to] = v
		}
	}
	return out
}

func (m *cfnMapper) field(dst, src resource.Path, f cfnField) (any, bool) {
	v, ok := m.get(src)
	if !ok {
		return nil, false
	}
	if resource.IsUnknown(v) {
		m.pair(src, dst, true)
		return resource.Unknown{}, true
	}
	switch f.shape {
	case cfnBlockShape, cfnObjectShape:
		if _, isMap := v.(map[string]any); isMap {
			m.pair(src, dst, false)
			if f.shape == cfnObjectShape {
				return m.fields(dst, src, f.sub), true
			}
			m.pair(src, dst.Append(0), false)
			return []any{m.fields(dst.Append(0), src, f.sub)}, true
		}
	case cfnBlocksShape:
		if list, isList := v.([]any); isList {
			m.pair(src, dst, false)
			out := make([]any, 0, len(list))
			for i, e := range list {
				at := dst.Append(len(out))
				switch e.(type) {
				case map[string]any:
					m.pair(src.Append(i), at, false)
					out = append(out, m.fields(at, src.Append(i), f.sub))
				case resource.Unknown:
					m.pair(src.Append(i), at, true)
					out = append(out, resource.Unknown{})
				}
			}
			return out, true
		}
	}
	m.pair(src, dst, true)
	v = deepCopy(v)
	if f.conv != nil {
		v = f.conv(v)
	}
	return v, true
}

// tags turns the [{Key, Value}] list most types take (or a tag map) into the tags map.
func (m *cfnMapper) tags() {
	v, ok := m.src.Attributes["Tags"]
	if !ok {
		return
	}
	m.used["Tags"] = true
	list, isList := v.([]any)
	if !isList {
		m.attrs["tags"] = deepCopy(v)
		m.pair(resource.Path{"Tags"}, resource.Path{"tags"}, true)
		return
	}
	tags := map[string]any{}
	m.pair(resource.Path{"Tags"}, resource.Path{"tags"}, false)
	for i, e := range list {
		tag, _ := e.(map[string]any)
		k, known := tag["Key"].(string)
		if !known {
			m.attrs["tags"] = resource.Unknown{}
			return
		}
		tags[k] = deepCopy(tag["Value"])
		m.pair(resource.Path{"Tags", i, "Value"}, resource.Path{"tags", k}, true)
	}
	m.attrs["tags"] = tags
}

// finish replaces r's type and attributes with the canonical ones, keeps the properties no
// mapping consumed under their own names, and moves locations and references along the
// recorded pairs. A reference whose property has no canonical place stays on the resource
// as a whole, so the graph keeps the edge.
func (m *cfnMapper) finish(r *resource.Resource, to string) {
	for k, v := range m.src.Attributes {
		if !m.used[k] {
			if _, taken := m.attrs[k]; !taken {
				m.attrs[k] = deepCopy(v)
				m.pair(resource.Path{k}, resource.Path{k}, true)
			}
		}
	}
	r.Type = to
	r.Attributes = m.attrs
	r.Locations = map[string]resource.Location{"": m.src.LocationOf(resource.Path{})}
	specific := map[string]int{}
	srcKeys := make([]string, 0, len(m.src.Locations))
	for k := range m.src.Locations {
		srcKeys = append(srcKeys, k)
	}
	sort.Strings(srcKeys)
	for _, k := range srcKeys {
		if k == "" {
			continue
		}
		sp := resource.ParsePath(k)
		for _, dst := range m.translate(sp) {
			d := dst.String()
			if n, ok := specific[d]; ok && n > len(sp) {
				continue
			}
			specific[d] = len(sp)
			r.Locations[d] = m.src.Locations[k]
		}
	}
	seen := map[resource.Reference]bool{}
	r.References = nil
	for _, ref := range m.src.References {
		dsts := []resource.Path{{}}
		if ref.Attribute != "" {
			if dsts = m.translate(resource.ParsePath(ref.Attribute)); len(dsts) == 0 {
				dsts = []resource.Path{{}}
			}
		}
		for _, d := range dsts {
			nr := resource.Reference{Attribute: d.String(), Target: ref.Target}
			if !seen[nr] {
				seen[nr] = true
				r.References = append(r.References, nr)
			}
		}
	}
	r.Unknowns = resource.FindUnknowns(r.Attributes, resource.Path{})
}

// translate gives the canonical paths of a source path.
func (m *cfnMapper) translate(sp resource.Path) []resource.Path {
	var out []resource.Path
	for _, pr := range m.pairs {
		switch {
		case pr.whole && sp.HasPrefix(pr.src):
			out = append(out, append(pr.dst.Append(), sp[len(pr.src):]...))
		case !pr.whole && len(sp) == len(pr.src) && sp.HasPrefix(pr.src):
			out = append(out, pr.dst)
		}
	}
	return out
}

// Conversions: CloudFormation takes "true" and "22" where the canonical model has a bool
// and an integer. A value that does not convert is left as written.

func cfnToBool(v any) any {
	if s, ok := v.(string); ok {
		switch strings.ToLower(strings.TrimSpace(s)) {
		case "true":
			return true
		case "false":
			return false
		}
	}
	return v
}

func cfnToInt(v any) any {
	switch x := v.(type) {
	case string:
		if i, err := strconv.ParseInt(strings.TrimSpace(x), 10, 64); err == nil {
			return i
		}
	case float64:
		if x == float64(int64(x)) {
			return int64(x)
		}
	}
	return v
}

func cfnToList(v any) any {
	if _, ok := v.([]any); ok {
		return v
	}
	return []any{v}
}

func cfnToLower(v any) any {
	if s, ok := v.(string); ok {
		return strings.ToLower(s)
	}
	return v
}

// cfnCannedACLs maps AccessControl values to the canned ACL names Terraform and the S3 API
// use.
var cfnCannedACLs = map[string]string{
	"Private": "private", "PublicRead": "public-read", "PublicReadWrite": "public-read-write",
	"AuthenticatedRead": "authenticated-read", "LogDeliveryWrite": "log-delivery-write",
	"BucketOwnerRead": "bucket-owner-read", "BucketOwnerFullControl": "bucket-owner-full-control",
	"AwsExecRead": "aws-exec-read",
}

func cfnCannedACL(v any) any {
	if s, ok := v.(string); ok {
		if acl, ok := cfnCannedACLs[s]; ok {
			return acl
		}
	}
	return v
}

func cfnEnabled(v any) any {
	if s, ok := v.(string); ok {
		return strings.EqualFold(s, "Enabled")
	}
	return v
}

// cfnSingle moves the only item of a list property (Topics, Queues, Certificates) to a
// single-valued canonical attribute, as Terraform's resource takes one.
func (m *cfnMapper) cfnSingle(from, to string, field string) {
	list, ok := m.src.Attributes[from].([]any)
	if !ok || len(list) != 1 {
		return
	}
	src := resource.Path{from, 0}
	v := list[0]
	if field != "" {
		obj, ok := v.(map[string]any)
		if !ok {
			return
		}
		if v, ok = obj[field]; !ok {
			return
		}
		src = src.Append(field)
	}
	m.attrs[to] = deepCopy(v)
	m.pair(src, resource.Path{to}, true)
	m.used[from] = true
}
