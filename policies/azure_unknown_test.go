package policies_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/scan"
)

// TestAzureRulesReadOnlyWhatTheyJudge scans a module written the usual way (names built
// from variables, the tenant from a data source, IP lists from a variable) and checks that
// the Azure rules still decide every check whose attributes are known: only the checks that
// really depend on an unknown value (the source prefixes of an NSG rule, a diagnostic
// setting's target) are skipped, and the RDP rule merged from its separate resource fires.
func TestAzureRulesReadOnlyWhatTheyJudge(t *testing.T) {
	eng, err := policy.Load(context.Background(), policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := scan.Run(context.Background(), eng, scan.Options{Path: "testdata/azure_unknown"})
	if err != nil {
		t.Fatal(err)
	}
	var skipped []string
	for _, s := range res.Skipped {
		if strings.HasPrefix(s.RuleID, "PLB-AZURE-") {
			skipped = append(skipped, s.RuleID+" "+s.ResourceKey)
		}
	}
	sort.Strings(skipped)
	want := []string{
		"PLB-AZURE-MONITOR-001 azurerm_monitor_diagnostic_setting.sub",
		"PLB-AZURE-NETWORK-001 azurerm_network_security_group.nsg",
		"PLB-AZURE-NETWORK-003 azurerm_network_security_group.nsg",
		"PLB-AZURE-NETWORK-004 azurerm_network_security_group.nsg",
		"PLB-AZURE-NETWORK-005 azurerm_network_security_group.nsg",
		"PLB-AZURE-NETWORK-006 azurerm_network_security_group.nsg",
	}
	if strings.Join(skipped, "\n") != strings.Join(want, "\n") {
		t.Errorf("skipped checks:\n%s\nwant:\n%s", strings.Join(skipped, "\n"), strings.Join(want, "\n"))
	}
	var got []string
	for _, f := range res.Findings {
		if strings.HasPrefix(f.Rule.ID, "PLB-AZURE-") && f.Status == finding.Open {
			got = append(got, f.Rule.ID)
		}
	}
	sort.Strings(got)
	if strings.Join(got, " ") != "PLB-AZURE-NETWORK-002 PLB-AZURE-STORAGE-012" {
		t.Errorf("findings = %v, want RDP open to the internet and the storage account's missing CMK", got)
	}
}
