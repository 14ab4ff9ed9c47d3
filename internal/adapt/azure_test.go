package adapt_test

import (
	"path/filepath"
	"testing"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/resource"
)

func loadAzure(t *testing.T) map[string]*resource.Resource {
	t.Helper()
	res, err := terraform.Load(filepath.Join("testdata", "azure"), terraform.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*resource.Resource{}
	for _, r := range adapt.Canonical(res.Resources) {
		out[r.Key] = r
	}
	return out
}

// TestNetworkSecurityRulesMerged checks that separate NSG rules join their group's
// security_rule list whether they name it by reference or by name in its resource group,
// that a same-named group in another resource group does not take them, and that each
// merged value points at the separate resource's line.
func TestNetworkSecurityRulesMerged(t *testing.T) {
	rs := loadAzure(t)
	web := rs["azurerm_network_security_group.web"]
	if web == nil {
		t.Fatalf("nsg missing; have %v", keys(rs))
	}
	rules, _ := web.Attributes["security_rule"].([]any)
	if len(rules) != 3 {
		t.Fatalf("security_rule has %d rules, want 3 (inline https, ssh by reference, rdp by name): %v", len(rules), rules)
	}
	names := map[string]int{}
	for i, r := range rules {
		names[r.(map[string]any)["name"].(string)] = i
	}
	ssh, rdp := names["ssh"], names["rdp"]
	tests := []struct {
		path string
		want any
		line int
	}{
		{"security_rule.0.destination_port_range", "443", 18},
		{p(ssh, "destination_port_range"), "22", 41},
		{p(rdp, "source_address_prefixes.0"), "0.0.0.0/0", 57},
	}
	for _, tt := range tests {
		path := resource.ParsePath(tt.path)
		got, _ := resource.Get(web.Attributes, path)
		if got != tt.want {
			t.Errorf("%s = %v, want %v", tt.path, got, tt.want)
		}
		if loc := web.LocationOf(path); loc.StartLine != tt.line {
			t.Errorf("%s located at %s, want line %d", tt.path, loc, tt.line)
		}
	}
	if _, ok := rules[ssh].(map[string]any)["network_security_group_name"]; ok {
		t.Error("the link argument network_security_group_name was copied into the rule")
	}
	for _, ref := range web.References {
		if ref.Target == web.Key {
			t.Errorf("self reference left after merge: %v", ref)
		}
	}
	if other := rs["azurerm_network_security_group.web_other_rg"]; other.Attributes["security_rule"] != nil {
		t.Errorf("the same-named NSG of another resource group took rules: %v", other.Attributes["security_rule"])
	}
	for _, key := range []string{"azurerm_network_security_rule.ssh", "azurerm_network_security_rule.rdp"} {
		if rs[key] != nil {
			t.Errorf("%s was not merged", key)
		}
	}
	if rs["azurerm_network_security_rule.elsewhere"] == nil {
		t.Error("a rule for an NSG of a resource group not in the scan was merged or lost")
	}
	if rs["azurerm_network_security_rule.into_dynamic"] == nil {
		t.Error("a rule whose NSG has an unknown rule list was merged into it and so hidden")
	}
}

func p(i int, rest string) string {
	return resource.Path{"security_rule", i}.String() + "." + rest
}

func TestStorageNetworkRulesAndAuditingMerged(t *testing.T) {
	rs := loadAzure(t)
	if rs["azurerm_storage_account_network_rules.data"] != nil || rs["azurerm_mssql_server_extended_auditing_policy.main"] != nil {
		t.Fatalf("separate resources not merged: %v", keys(rs))
	}
	sa := rs["azurerm_storage_account.data"]
	path := resource.ParsePath("network_rules.0.default_action")
	if got, _ := resource.Get(sa.Attributes, path); got != "Deny" {
		t.Errorf("default_action = %v, want the separate resource's Deny over the inline Allow", got)
	}
	if loc := sa.LocationOf(path); loc.StartLine != 130 {
		t.Errorf("default_action located at %s, want line 130", loc)
	}
	if _, ok := resource.Get(sa.Attributes, resource.ParsePath("network_rules.0.storage_account_id")); ok {
		t.Error("storage_account_id copied into network_rules")
	}
	sql := rs["azurerm_mssql_server.main"]
	path = resource.ParsePath("extended_auditing_policy.0.retention_in_days")
	if got, _ := resource.Get(sql.Attributes, path); got != int64(30) {
		t.Errorf("retention_in_days = %v (%T), want 30", got, got)
	}
	if loc := sql.LocationOf(path); loc.StartLine != 147 {
		t.Errorf("retention_in_days located at %s, want line 147", loc)
	}
}

// TestKeyVaultAccessPoliciesMerged checks that a separate access policy joins the vault's
// inline ones instead of replacing them.
func TestKeyVaultAccessPoliciesMerged(t *testing.T) {
	rs := loadAzure(t)
	kv := rs["azurerm_key_vault.app"]
	if rs["azurerm_key_vault_access_policy.ci"] != nil || kv == nil {
		t.Fatalf("access policy not merged into the vault: %v", keys(rs))
	}
	policies, _ := kv.Attributes["access_policy"].([]any)
	if len(policies) != 2 {
		t.Fatalf("access_policy has %d entries, want the inline one and the separate one", len(policies))
	}
	path := resource.ParsePath("access_policy.1.secret_permissions")
	if loc := kv.LocationOf(path); loc.StartLine != 168 {
		t.Errorf("secret_permissions located at %s, want line 168", loc)
	}
	if _, ok := policies[1].(map[string]any)["key_vault_id"]; ok {
		t.Error("the link argument key_vault_id was copied into the access policy")
	}
}
