package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// stateFile copies the Terraform state fixture into a new directory and returns its path.
func stateFile(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "iac", "tfplan", "testdata", "aws", "terraform.tfstate"))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "terraform.tfstate")
	if err := os.WriteFile(p, src, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// editState rewrites the attributes of the first resource of type typ and name in the state.
func editState(t *testing.T, path, typ, name string, edit func(attrs map[string]any)) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var st struct {
		Rest      map[string]json.RawMessage `json:"-"`
		Resources []map[string]any           `json:"resources"`
	}
	var whole map[string]any
	if err := json.Unmarshal(raw, &whole); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &st); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range whole["resources"].([]any) {
		r := r.(map[string]any)
		if r["type"] == typ && r["name"] == name && !found {
			edit(r["instances"].([]any)[0].(map[string]any)["attributes"].(map[string]any))
			found = true
		}
	}
	if !found {
		t.Fatalf("no %s.%s in the state", typ, name)
	}
	out, err := json.Marshal(whole)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, out, 0o600); err != nil {
		t.Fatal(err)
	}
}

type baselineJSONDoc struct {
	ID            int64
	Scope         string
	ApprovedBy    string `json:"approved_by"`
	Note          string
	Supersedes    int64
	ResourceCount int `json:"resource_count"`
	Partial       []string
	Resources     []struct {
		Key        string
		Attributes map[string]any
	}
}

// TestBaselineAndDriftOfAStateFile runs baseline and drift on a tfstate scope through the
// CLI: approve, no drift, a changed tag (benign) and an undescribed rule (risky), history,
// a superseding baseline, and the old one still readable.
func TestBaselineAndDriftOfAStateFile(t *testing.T) {
	state := stateFile(t)
	db := filepath.Join(t.TempDir(), "plumb.db")
	scope := "tfstate:" + state
	base := []string{"--db", db}

	out, stderr, code := run(t, append(base, "baseline", "create", "--scope", scope, "--approved-by", "alice", "--note", "first", "--no-config")...)
	if code != 0 || !strings.Contains(out, "Baseline 1 of "+scope+": 7 resources, approved by alice") {
		t.Fatalf("baseline create: exit %d\n%s%s", code, out, stderr)
	}
	out, _, code = run(t, append(base, "drift", "--scope", scope, "--no-config")...)
	if code != 0 || !strings.Contains(out, "No drift.") {
		t.Fatalf("drift of the unchanged state: exit %d\n%s", code, out)
	}

	editState(t, state, "aws_s3_bucket", "logs", func(a map[string]any) { a["tags"] = map[string]any{"team": "data"} })
	editState(t, state, "aws_security_group", "web", func(a map[string]any) {
		for _, r := range a["ingress"].([]any) {
			if r := r.(map[string]any); r["from_port"] == 443.0 {
				r["description"] = ""
			}
		}
	})
	out, stderr, code = run(t, append(base, "drift", "--scope", scope, "--no-config", "-o", "json")...)
	if code != 1 {
		t.Fatalf("drift: exit %d, want 1\n%s%s", code, out, stderr)
	}
	var d struct {
		Baseline int64
		Entries  []struct {
			Key, Kind, Verdict string
			Rules              []string
			Changes            []struct{ Path string }
		}
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range d.Entries {
		got[e.Key] = e.Kind + " " + e.Verdict + " " + strings.Join(e.Rules, ",")
	}
	want := map[string]string{
		"aws_s3_bucket.logs[0]":                "changed benign ",
		"module.net[0].aws_security_group.web": "changed risky PLB-AWS-VPC-006",
	}
	if len(got) != len(want) || d.Baseline != 1 {
		t.Errorf("drift against baseline %d: %v, want %v", d.Baseline, got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want %q", k, got[k], v)
		}
	}

	out, stderr, code = run(t, append(base, "baseline", "create", "--scope", scope, "--approved-by", "bob", "--note", "tags moved to data", "--no-config")...)
	if code != 0 || !strings.Contains(out, "supersedes baseline 1") {
		t.Fatalf("second baseline: exit %d\n%s%s", code, out, stderr)
	}
	out, _, code = run(t, append(base, "drift", "--scope", scope, "--no-config")...)
	if code != 0 || !strings.Contains(out, "against baseline 2") || !strings.Contains(out, "No drift.") {
		t.Errorf("drift against the new baseline: exit %d\n%s", code, out)
	}
	out, _, code = run(t, append(base, "baseline", "list", "--scope", scope, "--no-config", "-o", "json")...)
	var list []baselineJSONDoc
	if err := json.Unmarshal([]byte(out), &list); err != nil || code != 0 {
		t.Fatalf("baseline list: exit %d, %v\n%s", code, err, out)
	}
	if len(list) != 2 || list[0].ID != 2 || list[0].Supersedes != 1 || list[0].ApprovedBy != "bob" || list[1].Note != "first" {
		t.Errorf("baseline list = %+v", list)
	}
	// The superseded baseline is still there, with the tags it approved.
	out, _, code = run(t, append(base, "baseline", "show", "--id", "1", "--no-config", "-o", "json")...)
	var old baselineJSONDoc
	if err := json.Unmarshal([]byte(out), &old); err != nil || code != 0 {
		t.Fatalf("baseline show --id 1: exit %d, %v", code, err)
	}
	for _, r := range old.Resources {
		if r.Key == "aws_s3_bucket.logs[0]" && r.Attributes["tags"] != nil {
			t.Errorf("baseline 1's logs bucket has tags %v, want none: it was approved before the change", r.Attributes["tags"])
		}
	}
	if old.ResourceCount != 7 || len(old.Resources) != 7 {
		t.Errorf("baseline 1: %d resources (%d listed), want 7", old.ResourceCount, len(old.Resources))
	}

	out, _, code = run(t, append(base, "drift", "history", "--scope", scope, "--no-config")...)
	if code != 0 || strings.Count(out, "against baseline 1") != 2 || strings.Count(out, "against baseline 2") != 1 ||
		!strings.Contains(out, "RISKY changed module.net[0].aws_security_group.web: PLB-AWS-VPC-006") {
		t.Errorf("drift history: exit %d\n%s", code, out)
	}
}

func TestDriftUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "plumb.db")
	state := stateFile(t)
	for name, c := range map[string]struct {
		args []string
		want string
	}{
		"no baseline":       {[]string{"drift", "--scope", "tfstate:" + state}, "plumb baseline create --scope tfstate:" + state},
		"no scope":          {[]string{"drift"}, "--scope is required"},
		"bad scope":         {[]string{"baseline", "create", "--scope", "aws:12/eu-west-1"}, "12-digit account"},
		"show needs one":    {[]string{"baseline", "show"}, "either --scope"},
		"missing state":     {[]string{"baseline", "create", "--scope", "tfstate:" + state + ".gone"}, "no such file"},
		"bad output format": {[]string{"drift", "--scope", "tfstate:" + state, "-o", "sarif"}, "want text or json"},
	} {
		t.Run(name, func(t *testing.T) {
			out, stderr, code := run(t, append([]string{"--db", db}, append(c.args, "--no-config")...)...)
			if code != 2 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, want 2 with %q\n%s%s", code, c.want, out, stderr)
			}
		})
	}
}

// TestDBFromConfig: the db key of .plumb.yaml names the store, relative to the file, and
// --db overrides it.
func TestDBFromConfig(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, ".plumb.yaml")
	if err := os.WriteFile(cfg, []byte("db: state/plumb.db\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	scope := "tfstate:" + stateFile(t)
	if out, stderr, code := run(t, "baseline", "create", "--scope", scope, "--approved-by", "alice", "--config", cfg); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "state", "plumb.db")); err != nil {
		t.Errorf("the config's db was not used: %v", err)
	}
	other := filepath.Join(t.TempDir(), "other.db")
	out, _, code := run(t, "--db", other, "baseline", "list", "--scope", scope, "--config", cfg)
	if code != 0 || !strings.Contains(out, "has no baseline") {
		t.Errorf("--db did not override the config: exit %d\n%s", code, out)
	}
}
