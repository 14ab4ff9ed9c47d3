package adapt

import "github.com/plumbsec/plumb/internal/resource"

// index finds the resource a separate configuration resource configures.
type index struct {
	byKey  map[string]*resource.Resource
	byName map[string]map[string]*resource.Resource // type → name attribute → resource
}

func newIndex(rs []*resource.Resource) *index {
	ix := &index{byKey: map[string]*resource.Resource{}, byName: map[string]map[string]*resource.Resource{}}
	for _, r := range rs {
		ix.byKey[r.Key] = r
		for _, nameAttr := range []string{"bucket", "name"} {
			if n, ok := r.Attributes[nameAttr].(string); ok {
				if ix.byName[r.Type] == nil {
					ix.byName[r.Type] = map[string]*resource.Resource{}
				}
				if _, dup := ix.byName[r.Type][n]; !dup {
					ix.byName[r.Type][n] = r
				}
				break
			}
		}
	}
	return ix
}

// target resolves the resource of type typ that r's attribute attr refers to: by reference
// first (an expression that read the target), then by the target's name when attr holds a
// literal name and nameAttr is the target's naming attribute.
func (ix *index) target(r *resource.Resource, attr, typ, nameAttr string) *resource.Resource {
	for _, ref := range r.References {
		if ref.Attribute != attr {
			continue
		}
		if t := ix.byKey[ref.Target]; t != nil && t.Type == typ {
			return t
		}
	}
	if nameAttr == "" {
		return nil
	}
	if n, ok := r.Attributes[attr].(string); ok {
		if t := ix.byName[typ][n]; t != nil {
			if got, _ := t.Attributes[nameAttr].(string); got == n {
				return t
			}
		}
	}
	return nil
}
