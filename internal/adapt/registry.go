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

// typeNormalisers rewrite one canonical type's inline forms before the mergers run (the
// AWS provider 3 inline bucket blocks, inline security group rules).
var typeNormalisers = map[string]func(r *resource.Resource){}

func registerNormaliser(typ string, f func(r *resource.Resource)) {
	if _, dup := typeNormalisers[typ]; dup {
		panic("adapt: two normalisers for " + typ)
	}
	typeNormalisers[typ] = f
}
