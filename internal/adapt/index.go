package adapt

import "github.com/plumbsec/plumb/internal/resource"

// index finds the resource a separate configuration resource configures. Keys are unique
// only within a Root (two stacks may both declare aws_s3_bucket.logs), so references resolve
// within the referring resource's Root.
type index struct {
	byKey  map[rootKey]*resource.Resource
	byName map[string]map[string][]*resource.Resource // type → name attribute → resources
}

type rootKey struct{ root, key string }

func newIndex(rs []*resource.Resource) *index {
	ix := &index{byKey: map[rootKey]*resource.Resource{}, byName: map[string]map[string][]*resource.Resource{}}
	for _, r := range rs {
		ix.byKey[rootKey{r.Root, r.Key}] = r
		for _, nameAttr := range []string{"bucket", "name"} {
			if n, ok := r.Attributes[nameAttr].(string); ok {
				if ix.byName[r.Type] == nil {
					ix.byName[r.Type] = map[string][]*resource.Resource{}
				}
				ix.byName[r.Type][n] = append(ix.byName[r.Type][n], r)
				break
			}
		}
	}
	return ix
}

// target resolves the resource of type typ that r's attribute attr refers to: by reference
// first (an expression that read the target, in r's Root), then by the target's name when
// attr holds a literal name and nameAttr is the target's naming attribute — a name in r's
// Root, or else the one resource anywhere with that name (bucket names are global; a name
// two roots share is ambiguous and resolves to neither). A match by name also needs each
// scope attribute to hold the same known string on r and the target.
func (ix *index) target(r *resource.Resource, attr, typ, nameAttr string, scope ...string) *resource.Resource {
	for _, ref := range r.References {
		if ref.Attribute != attr {
			continue
		}
		if t := ix.byKey[rootKey{r.Root, ref.Target}]; t != nil && t.Type == typ {
			return t
		}
	}
	if nameAttr == "" {
		return nil
	}
	n, ok := r.Attributes[attr].(string)
	if !ok {
		return nil
	}
	var named []*resource.Resource
	for _, t := range ix.byName[typ][n] {
		if got, _ := t.Attributes[nameAttr].(string); got == n && sameScope(r, t, scope) {
			if t.Root == r.Root {
				return t
			}
			named = append(named, t)
		}
	}
	if len(named) == 1 {
		return named[0]
	}
	return nil
}

func sameScope(a, b *resource.Resource, scope []string) bool {
	for _, k := range scope {
		x, ok := a.Attributes[k].(string)
		if y, _ := b.Attributes[k].(string); !ok || x != y {
			return false
		}
	}
	return true
}
