package kubescan_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/plumbsec/plumb/internal/cli"
	"github.com/plumbsec/plumb/internal/live/kubernetes/kubetest"
)

var applyOnce sync.Once

// cluster is the shared API server with ../testdata/cluster applied.
func cluster(t *testing.T) *kubetest.Server {
	t.Helper()
	srv := kubetest.Shared(t)
	applyOnce.Do(func() {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", "cluster", "*.yaml"))
		sort.Strings(files)
		srv.ApplyFiles(t, files...)
	})
	return srv
}

func plumb(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = cli.Execute(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestScanLiveOutputs: `plumb scan --live kubernetes` reports the live findings in every
// output format, each pointing at the live object, and exits 1 as a scan of files with
// the same findings would.
func TestScanLiveOutputs(t *testing.T) {
	srv := cluster(t)
	base := []string{"scan", "--live", "kubernetes", "--kubeconfig", srv.Kubeconfig, "--scope", "kubernetes:" + kubetest.AdminContext + "/shop", "--no-config"}
	const web = "<k8s://" + kubetest.AdminContext + "/apps/v1/Deployment/shop/web>"

	code, out, stderr := plumb(t, append(base, "-o", "text", "--no-color")...)
	if code != 1 {
		t.Fatalf("text: exit %d, want 1\n%s", code, stderr)
	}
	if !strings.Contains(out, web+"  apps/v1/Deployment shop/web") || !strings.Contains(out, "PLB-K8S-POD-") {
		t.Errorf("text output does not point at %s:\n%s", web, head(out, 30))
	}

	code, out, stderr = plumb(t, append(base, "-o", "json")...)
	if code != 1 {
		t.Fatalf("json: exit %d, want 1\n%s", code, stderr)
	}
	var doc struct {
		Summary  struct{ Resources int }
		Findings []struct {
			RuleID   string `json:"rule_id"`
			Resource string
			Origin   string
			Location struct {
				File      string
				StartLine int `json:"start_line"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Findings) < 40 || doc.Summary.Resources < 20 {
		t.Fatalf("json: %d findings on %d resources, want the fixture's", len(doc.Findings), doc.Summary.Resources)
	}
	for _, f := range doc.Findings {
		if f.Origin != "live-kubernetes" || !strings.HasPrefix(f.Location.File, "<k8s://"+kubetest.AdminContext+"/") || f.Location.StartLine != 0 {
			t.Errorf("json: %s on %s: origin %s, location %+v", f.RuleID, f.Resource, f.Origin, f.Location)
		}
	}

	code, out, stderr = plumb(t, append(base, "-o", "sarif")...)
	if code != 1 {
		t.Fatalf("sarif: exit %d, want 1\n%s", code, stderr)
	}
	var sarif struct {
		Runs []struct {
			Results []struct {
				RuleID    string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation *json.RawMessage
					LogicalLocations []struct{ FullyQualifiedName string }
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &sarif); err != nil {
		t.Fatal(err)
	}
	if len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) != len(doc.Findings) {
		t.Fatalf("sarif: %d runs, want 1 with %d results", len(sarif.Runs), len(doc.Findings))
	}
	for _, r := range sarif.Runs[0].Results {
		// A live object is no file in the repository: no artifact, the key as the logical
		// location, and the object's address in the message.
		if len(r.Locations) != 1 || r.Locations[0].PhysicalLocation != nil || len(r.Locations[0].LogicalLocations) != 1 ||
			!strings.Contains(r.Message.Text, "<k8s://") {
			t.Errorf("sarif: %s: locations %+v, message %q", r.RuleID, r.Locations, r.Message.Text)
		}
	}

	code, out, stderr = plumb(t, append(base, "-o", "junit")...)
	if code != 1 {
		t.Fatalf("junit: exit %d, want 1\n%s", code, stderr)
	}
	if err := xml.Unmarshal([]byte(out), new(struct{ XMLName xml.Name })); err != nil || !strings.Contains(out, "<k8s://") && !strings.Contains(out, "&lt;k8s://") {
		t.Errorf("junit: %v\n%s", err, head(out, 20))
	}
}

// TestScanLiveKubeconfigFromEnvironment: with neither --kubeconfig nor --scope, the scan
// reads $KUBECONFIG's current context, whole cluster: cluster-scoped objects are judged.
func TestScanLiveKubeconfigFromEnvironment(t *testing.T) {
	srv := cluster(t)
	t.Setenv("KUBECONFIG", srv.Kubeconfig)
	code, out, stderr := plumb(t, "scan", "--live", "kubernetes", "--no-config", "-o", "json", "--rule", "PLB-K8S-RBAC-007")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, stderr)
	}
	if !strings.Contains(out, "rbac.authorization.k8s.io/v1/ClusterRoleBinding shop-admins") {
		t.Errorf("the cluster-admin binding is not reported:\n%s", head(out, 40))
	}
}

// TestScanLiveUsageErrors: what the user gets wrong exits 2 with a message that says what.
func TestScanLiveUsageErrors(t *testing.T) {
	srv := cluster(t)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--live", "kubernetes", "."}, "give no PATH"},
		{[]string{"--live", "vmware"}, "want kubernetes"},
		{[]string{"--live", "kubernetes", "--kubeconfig", srv.Kubeconfig, "--scope", "kubernetes:nope"}, `context "nope" is not in the kubeconfig`},
		{[]string{"--live", "kubernetes", "--kubeconfig", srv.Kubeconfig, "--scope", "aws:123456789012/eu-west-1"}, "not a kubernetes:CONTEXT"},
		{[]string{"--live", "kubernetes", "--kubeconfig", filepath.Join(t.TempDir(), "missing")}, "kubeconfig"},
	} {
		code, _, stderr := plumb(t, append([]string{"scan", "--no-config"}, tt.args...)...)
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("plumb scan %s: exit %d, stderr %q; want 2 and %q", strings.Join(tt.args, " "), code, stderr, tt.want)
		}
	}
}

func head(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}
