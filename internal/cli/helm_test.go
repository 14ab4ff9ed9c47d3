package cli

import (
	"path/filepath"
	"sort"
	"strconv"
	"testing"
)

// agentChart is a chart whose DaemonSet reads privileged and hostNetwork from its values.
var agentChart = map[string]string{
	"agent/Chart.yaml":  "apiVersion: v2\nname: agent\nversion: 0.1.0\n",
	"agent/values.yaml": "privileged: false\nhostNetwork: false\n",
	"agent/templates/ds.yaml": `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  template:
    spec:
      hostNetwork: {{ .Values.hostNetwork }}
      containers:
        - name: agent
          image: registry.example.com/agent:1.0.0
          securityContext:
            privileged: {{ .Values.privileged }}
`,
	"prod.yaml": "# production\nprivileged: true\n",
}

func helmFindings(t *testing.T, args ...string) []string {
	t.Helper()
	rep, _ := scanJSON(t, append(args, "--rule", "PLB-K8S-POD-004", "--rule", "PLB-K8S-POD-001")...)
	var got []string
	for _, f := range rep.Findings {
		s := f.RuleID + " " + f.Location.File + ":" + strconv.Itoa(f.Location.StartLine)
		for _, v := range f.Location.Via {
			s += " via " + v.File + ":" + strconv.Itoa(v.StartLine)
		}
		got = append(got, s)
	}
	sort.Strings(got)
	return got
}

// TestHelmValuesAndSet: --values and --set reach the chart, in Helm's order, and a finding
// on a value they set points at them with the template line in via.
func TestHelmValuesAndSet(t *testing.T) {
	dir := writeFiles(t, agentChart)
	got := helmFindings(t, dir, "--no-config", "--values", filepath.Join(dir, "prod.yaml"), "--set", "hostNetwork=true")
	want := []string{
		"PLB-K8S-POD-001 <--set hostNetwork>:0 via agent/templates/ds.yaml:8",
		"PLB-K8S-POD-004 prod.yaml:2 via agent/templates/ds.yaml:13",
	}
	if !equalStrings(got, want) {
		t.Errorf("findings %v, want %v", got, want)
	}
}

// TestHelmConfigKeys: helm_values (relative to the config file) and helm_set in
// .plumb.yaml do what the flags do.
func TestHelmConfigKeys(t *testing.T) {
	files := map[string]string{".plumb.yaml": "helm_values: [prod.yaml]\nhelm_set: [hostNetwork=true]\n"}
	for k, v := range agentChart {
		files[k] = v
	}
	dir := writeFiles(t, files)
	got := helmFindings(t, dir)
	want := []string{
		"PLB-K8S-POD-001 <--set hostNetwork>:0 via agent/templates/ds.yaml:8",
		"PLB-K8S-POD-004 prod.yaml:2 via agent/templates/ds.yaml:13",
	}
	if !equalStrings(got, want) {
		t.Errorf("findings %v, want %v", got, want)
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
