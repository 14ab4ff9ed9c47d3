package adapt

import "github.com/plumbsec/plumb/internal/resource"

// A childMerger folds a separate configuration resource (an aws_s3_bucket_versioning, an
// azurerm_network_security_rule) into the resource it configures, so one rule reads one
// canonical shape however the configuration was split. Each provider registers its mergers
// from its own file with registerMerger.
type childMerger struct {
	// attr is the child's attribute that names its parent: a reference first, else a literal
	// name matched against the parent's nameAttr ("" when only a reference counts).
	attr, parentType, nameAttr string
	merge                      func(parent, child *resource.Resource)
	// scope lists attributes that must hold the same known string on child and parent for
	// a match by name (an Azure name is unique only within its resource group).
	scope []string
	// accept, when set, may decline a merge the parent cannot take (its rule list is
	// unknown); the child then stays a resource of its own.
	accept func(parent, child *resource.Resource) bool
}

var childMergers = map[string]childMerger{}

// registerMerger declares that resources of childType merge into the parentType resource
// their attr refers to. A child whose parent is not in the scan stays a resource of its own.
func registerMerger(childType, attr, parentType, nameAttr string, merge func(parent, child *resource.Resource)) {
	if _, dup := childMergers[childType]; dup {
		panic("adapt: two mergers for " + childType)
	}
	childMergers[childType] = childMerger{attr: attr, parentType: parentType, nameAttr: nameAttr, merge: merge}
}

// registerScopedMerger is registerMerger for a child whose parent's name is unique only
// within scope (resource_group_name): a match by name also needs every scope attribute to
// be the same known string on both. accept may be nil.
func registerScopedMerger(childType, attr, parentType, nameAttr string, scope []string,
	accept func(parent, child *resource.Resource) bool, merge func(parent, child *resource.Resource)) {
	registerMerger(childType, attr, parentType, nameAttr, merge)
	m := childMergers[childType]
	m.scope, m.accept = scope, accept
	childMergers[childType] = m
}

// typeNormalisers rewrite one canonical type's inline forms before the mergers run (the
// AWS provider 3 inline bucket blocks, inline security group rules).
var typeNormalisers = map[string]func(r *resource.Resource){}

func registerNormaliser(typ string, f func(r *resource.Resource)) {
	if _, dup := typeNormalisers[typ]; dup {
		panic("adapt: two normalisers for " + typ)
	}
	typeNormalisers[typ] = f
}
