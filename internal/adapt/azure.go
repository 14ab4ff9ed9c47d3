package adapt

import "github.com/plumbsec/plumb/internal/resource"

// The azurerm provider lets several things be configured either inline or by a separate
// resource that points at its parent. Each separate form is merged here into the inline
// shape, so a rule reads one path whichever form a module chose.
func init() {
	registerScopedMerger("azurerm_network_security_rule", "network_security_group_name",
		"azurerm_network_security_group", "name", []string{"resource_group_name"},
		listKnown("security_rule"), appendBlock("security_rule", "network_security_group_name", "resource_group_name"))
	registerMerger("azurerm_storage_account_network_rules", "storage_account_id", "azurerm_storage_account", "",
		setBlock("network_rules", "storage_account_id"))
	registerMerger("azurerm_storage_account_customer_managed_key", "storage_account_id", "azurerm_storage_account", "",
		setBlock("customer_managed_key", "storage_account_id"))
	registerMerger("azurerm_mssql_server_extended_auditing_policy", "server_id", "azurerm_mssql_server", "",
		setBlock("extended_auditing_policy", "server_id"))
	registerMerger("azurerm_mssql_database_extended_auditing_policy", "database_id", "azurerm_mssql_database", "",
		setBlock("extended_auditing_policy", "database_id"))
	registerMerger("azurerm_mssql_server_transparent_data_encryption", "server_id", "azurerm_mssql_server", "",
		setBlock("transparent_data_encryption", "server_id"))
	registerScopedMerger("azurerm_key_vault_access_policy", "key_vault_id", "azurerm_key_vault", "", nil,
		listKnown("access_policy"), appendBlock("access_policy", "key_vault_id"))
}

// listKnown declines a merge into a block list that is itself unknown (a dynamic block over
// an unknown collection): appending to it would hide the child from every rule.
func listKnown(block string) func(parent, child *resource.Resource) bool {
	return func(parent, _ *resource.Resource) bool {
		return !resource.IsUnknown(parent.Attributes[block])
	}
}

// setBlock makes the child the parent's one `block` (as if written inline), replacing an
// inline one: the provider applies the separate resource last. links are the child's
// arguments that name the parent; they are not part of the block.
func setBlock(block string, links ...string) func(parent, child *resource.Resource) {
	return func(parent, child *resource.Resource) {
		replace(parent, p{block})
		parent.Attributes[block] = []any{}
		addBlock(parent, child, block, links)
	}
}

// appendBlock adds the child as one more element of the parent's `block` list.
func appendBlock(block string, links ...string) func(parent, child *resource.Resource) {
	return func(parent, child *resource.Resource) {
		if _, ok := parent.Attributes[block].([]any); !ok {
			replace(parent, p{block})
			parent.Attributes[block] = []any{}
		}
		addBlock(parent, child, block, links)
	}
}

func addBlock(parent, child *resource.Resource, block string, links []string) {
	list := parent.Attributes[block].([]any)
	i := len(list)
	obj := map[string]any{}
	for k, v := range child.Attributes {
		if !contains(links, k) && k != "timeouts" {
			obj[k] = v
		}
	}
	parent.Attributes[block] = append(list, obj)
	parent.Unknowns = append(parent.Unknowns, resource.FindUnknowns(obj, p{block, i})...)
	if i == 0 {
		parent.SetLocation(p{block}, child.LocationOf(p{}))
	}
	carry(parent, p{block, i}, child, p{})
	for _, k := range links {
		removeUnder(parent, p{block, i, k})
	}
	removeUnder(parent, p{block, i, "timeouts"})
	dropReferencesUnder(parent, p{block, i}, links)
}

// dropReferencesUnder forgets the edges carried for the child's link arguments: the one to
// the parent would point at itself, and one to the parent's resource group is the
// parent's own edge already.
func dropReferencesUnder(r *resource.Resource, base resource.Path, links []string) {
	drop := map[string]bool{}
	for _, k := range links {
		drop[base.Append(k).String()] = true
	}
	kept := r.References[:0]
	for _, ref := range r.References {
		if !drop[ref.Attribute] {
			kept = append(kept, ref)
		}
	}
	r.References = kept
}
