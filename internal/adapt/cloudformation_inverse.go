package adapt

import (
	"reflect"

	"github.com/plumbsec/plumb/internal/resource"
)

// CloudFormationPath gives the property path, under a resource's Properties, that the
// canonical path of a resource adapted from the CloudFormation type cfnType came from, and
// whether value written there reads back as value (a property whose conversion changes it,
// AccessControl: PublicRead → acl = "public-read", has no such path). It is the inverse the
// fix writer needs to set a canonical attribute in a template.
func CloudFormationPath(cfnType string, canonical resource.Path, value any) (resource.Path, bool) {
	t, ok := cloudformationTypes[cfnType]
	if !ok {
		return nil, false
	}
	return cfnInverse(t.fields, canonical, value)
}

func cfnInverse(fields []cfnField, cp resource.Path, value any) (resource.Path, bool) {
	if len(cp) == 0 {
		return nil, false
	}
	name, ok := cp[0].(string)
	if !ok {
		return nil, false
	}
	for _, f := range fields {
		if f.shape == cfnFlatShape {
			if sub, ok := cfnInverse(f.sub, cp, value); ok {
				return append(resource.Path{f.from}, sub...), true
			}
			continue
		}
		if f.to != name {
			continue
		}
		switch f.shape {
		case cfnLeafShape:
			if len(cp) != 1 || (f.conv != nil && !reflect.DeepEqual(f.conv(value), value)) {
				return nil, false
			}
			return resource.Path{f.from}, true
		case cfnBlockShape:
			if i, ok := cp[1%len(cp)].(int); ok && i == 0 && len(cp) > 2 {
				if sub, ok := cfnInverse(f.sub, cp[2:], value); ok {
					return append(resource.Path{f.from}, sub...), true
				}
			}
		case cfnBlocksShape:
			if i, ok := cp[1%len(cp)].(int); ok && len(cp) > 2 {
				if sub, ok := cfnInverse(f.sub, cp[2:], value); ok {
					return append(resource.Path{f.from, i}, sub...), true
				}
			}
		case cfnObjectShape:
			if len(cp) > 1 {
				if sub, ok := cfnInverse(f.sub, cp[1:], value); ok {
					return append(resource.Path{f.from}, sub...), true
				}
			}
		}
		return nil, false
	}
	return nil, false
}
