package compliance_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/compliance"
	"github.com/plumbsec/plumb/internal/policy"
)

// TestEveryRuleControlIsInItsCatalog holds the built-in library to the catalogs: a rule that
// names a control id its framework's catalog lacks (a typo, another version's numbering)
// would put a finding under a control an auditor cannot look up.
func TestEveryRuleControlIsInItsCatalog(t *testing.T) {
	eng, err := policy.Load(context.Background(), policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	missing := map[string][]string{}
	for _, r := range eng.Rules() {
		for key, ids := range r.Controls {
			fw, err := compliance.Lookup(key)
			if err != nil || fw.Key != key {
				t.Errorf("%s maps to framework %q, which has no catalog", r.ID, key)
				continue
			}
			for _, id := range ids {
				if fw.Control(id) == nil {
					missing[key+" "+id] = append(missing[key+" "+id], r.ID)
				}
			}
		}
	}
	keys := make([]string, 0, len(missing))
	for k := range missing {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Errorf("control %s is not in its catalog; named by %s", k, strings.Join(missing[k], ", "))
	}
}

// TestCatalogsMatchTheFrameworkKeys: every key a rule may use has a catalog, and no catalog
// is for a key rules cannot use.
func TestCatalogsMatchTheFrameworkKeys(t *testing.T) {
	fws, err := compliance.Frameworks()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fws {
		got = append(got, f.Key)
		if len(f.Controls()) == 0 {
			t.Errorf("%s: empty catalog", f.Key)
		}
	}
	want := policy.Frameworks()
	sort.Strings(want)
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("catalogs %v, framework keys %v", got, want)
	}
}

func TestLookupAcceptsAliases(t *testing.T) {
	for name, key := range map[string]string{
		"cis-aws": "cis-aws", "NIST": "nist-800-53", "pci": "pci-dss", "iso27001": "iso-27001",
		"soc-2": "soc2", "pod-security-standards": "pss", "cis-kubernetes": "cis-k8s",
	} {
		fw, err := compliance.Lookup(name)
		if err != nil || fw.Key != key {
			t.Errorf("Lookup(%q) = %v, %v; want %s", name, fw, err, key)
		}
	}
	if _, err := compliance.Lookup("fedramp"); err == nil || !strings.Contains(err.Error(), "cis-aws") {
		t.Errorf("an unknown framework must be an error listing the known ones, got %v", err)
	}
}

// TestCatalogSizes pins the complete catalogs, so a lost line shows.
func TestCatalogSizes(t *testing.T) {
	for key, n := range map[string]int{"cis-aws": 62, "pss": 17, "iso-27001": 93} {
		fw, err := compliance.Lookup(key)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fw.Controls()); got != n {
			t.Errorf("%s has %d controls, want %d", key, got, n)
		}
	}
}
