package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/plumbsec/plumb/internal/finding"
)

// sarifSchemaPath finds the official SARIF 2.1.0 schema that scripts/fetch-sarif-schema.sh
// installs: PLUMB_SARIF_SCHEMA, or the script's default place in the Plumb cache.
func sarifSchemaPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("PLUMB_SARIF_SCHEMA"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("PLUMB_SARIF_SCHEMA: %v", err)
		}
		return p
	}
	cache := os.Getenv("PLUMB_CACHE")
	if cache == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			t.Skipf("no SARIF schema (no home directory: %v); run scripts/fetch-sarif-schema.sh and set PLUMB_SARIF_SCHEMA", err)
		}
		cache = filepath.Join(home, ".cache", "plumb")
	}
	p := filepath.Join(cache, "sarif-multitool", "sarif-2.1.0.json")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no SARIF schema at %s: run scripts/fetch-sarif-schema.sh (or set PLUMB_SARIF_SCHEMA)", p)
	}
	return p
}

func TestSARIFMatchesSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	schema, err := c.Compile(sarifSchemaPath(t))
	if err != nil {
		t.Fatal(err)
	}
	for name, res := range map[string]func() *finding.Result{"sample": sampleResult, "empty": emptyResult} {
		t.Run(name, func(t *testing.T) {
			doc := sarifDocument(t, res())
			if err := schema.Validate(doc); err != nil {
				t.Errorf("SARIF output does not match the schema:\n%v", err)
			}
		})
	}
	// The validator must be able to fail: a log without its version is invalid.
	broken := sarifDocument(t, sampleResult()).(map[string]any)
	delete(broken, "version")
	if schema.Validate(broken) == nil {
		t.Error("the schema accepted a SARIF log without version")
	}
}

func sarifDocument(t *testing.T, res *finding.Result) any {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, SARIF, res, sampleOptions); err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// GitHub code scanning's own demands, beyond the schema.
func TestSARIFForGitHub(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, SARIF, sampleResult(), sampleOptions); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name == "" || run.Tool.Driver.Version == "" {
		t.Error("driver without name or version")
	}
	for i, r := range run.Tool.Driver.Rules {
		if r.ID == "" || r.ShortDescription.Text == "" || r.Properties.SecuritySeverity == "" {
			t.Errorf("rule %d lacks id, shortDescription or security-severity: %+v", i, r)
		}
	}
	for i, r := range run.Results {
		if r.RuleIndex < 0 || r.RuleIndex >= len(run.Tool.Driver.Rules) || run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %d: ruleIndex %d does not point at %s", i, r.RuleIndex, r.RuleID)
		}
		if r.PartialFingerprints[fingerprintKey] == "" {
			t.Errorf("result %d: no %s fingerprint", i, fingerprintKey)
		}
		for _, l := range append(append([]sarifLocation{}, r.Locations...), r.RelatedLocations...) {
			p := l.PhysicalLocation
			if p == nil {
				continue
			}
			if u := p.ArtifactLocation.URI; strings.HasPrefix(u, "/") || strings.Contains(u, `\`) || p.ArtifactLocation.URIBaseID != srcRoot {
				t.Errorf("result %d: uri %q (base %q) is not relative to %s", i, u, p.ArtifactLocation.URIBaseID, srcRoot)
			}
			if p.Region == nil || p.Region.StartLine < 1 {
				t.Errorf("result %d: region %+v has no startLine >= 1", i, p.Region)
			}
		}
	}
}

func TestSARIFArtifact(t *testing.T) {
	tests := []struct {
		file, root string
		want       sarifArtifactLoc
	}{
		{"main.tf", "/src", sarifArtifactLoc{URI: "main.tf", URIBaseID: srcRoot}},
		{"./modules/a/main.tf", "/src", sarifArtifactLoc{URI: "modules/a/main.tf", URIBaseID: srcRoot}},
		{"pages/[id] copy.tf", "/src", sarifArtifactLoc{URI: "pages/%5Bid%5D%20copy.tf", URIBaseID: srcRoot}},
		{"c:weird.tf", "", sarifArtifactLoc{URI: "./c:weird.tf", URIBaseID: srcRoot}},
		{"/src/modules/main.tf", "/src", sarifArtifactLoc{URI: "modules/main.tf", URIBaseID: srcRoot}},
		{"/elsewhere/main.tf", "/src", sarifArtifactLoc{URI: "file:///elsewhere/main.tf"}},
		{"/elsewhere/main.tf", "", sarifArtifactLoc{URI: "file:///elsewhere/main.tf"}},
	}
	for _, tt := range tests {
		if got := sarifArtifact(tt.file, tt.root); got.URI != tt.want.URI || got.URIBaseID != tt.want.URIBaseID {
			t.Errorf("sarifArtifact(%q, %q) = %+v, want %+v", tt.file, tt.root, got, tt.want)
		}
	}
}

func TestSARIFLevels(t *testing.T) {
	tests := []struct {
		sev          finding.Severity
		level, score string
	}{
		{finding.Critical, "error", "9.5"},
		{finding.High, "error", "8.0"},
		{finding.Medium, "warning", "5.5"},
		{finding.Low, "note", "3.0"},
		{finding.Info, "note", "0.0"},
	}
	for _, tt := range tests {
		if l, s := sarifLevel(tt.sev), securitySeverity(tt.sev); l != tt.level || s != tt.score {
			t.Errorf("%v: level %s, security-severity %s; want %s, %s", tt.sev, l, s, tt.level, tt.score)
		}
	}
}

func TestPascalCase(t *testing.T) {
	tests := []struct{ title, want string }{
		{"S3 bucket is readable by everyone", "S3BucketIsReadableByEveryone"},
		{"IAM policy grants full rights", "IamPolicyGrantsFullRights"},
		{"Pod uses the host-network (hostNetwork)", "PodUsesTheHostNetworkHostnetwork"},
		{"", "ID-1"},
		{"  --  ", "ID-1"},
	}
	for _, tt := range tests {
		if got := pascalCase(tt.title, "ID-1"); got != tt.want {
			t.Errorf("pascalCase(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// A value given with --var has no file; the result points at the file that used it.
func TestSARIFValueFromCommandLine(t *testing.T) {
	res := emptyResult()
	res.Findings = []*finding.Finding{{
		Rule: rulePublicIP, ResourceKey: "aws_instance.web", Message: "instance web gets a public IP address",
		Location: loc("<--var public_ip>", 0, 0, loc("main.tf", 12, 12)), Fingerprint: "f",
	}}
	var buf bytes.Buffer
	if err := Write(&buf, SARIF, res, Options{}); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	r := log.Runs[0].Results[0]
	p := r.Locations[0].PhysicalLocation
	if p == nil || p.ArtifactLocation.URI != "main.tf" || p.Region.StartLine != 12 {
		t.Errorf("location %+v, want main.tf:12", p)
	}
	if want := "instance web gets a public IP address (value set by <--var public_ip>)"; r.Message.Text != want {
		t.Errorf("message %q, want %q", r.Message.Text, want)
	}
	if strings.Contains(buf.String(), "%3C") {
		t.Errorf("a pseudo file became a URI:\n%s", buf.String())
	}
}

// A live resource has no file: the result carries its key as a logical location only.
func TestSARIFLiveResource(t *testing.T) {
	res := emptyResult()
	res.Findings = []*finding.Finding{{Rule: ruleRDS, ResourceKey: "arn:aws:rds:eu-west-1:123456789012:db:prod", Message: "m"}}
	var buf bytes.Buffer
	if err := Write(&buf, SARIF, res, Options{}); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	l := log.Runs[0].Results[0].Locations[0]
	if l.PhysicalLocation != nil || len(l.LogicalLocations) != 1 || l.LogicalLocations[0].FullyQualifiedName != res.Findings[0].ResourceKey {
		t.Errorf("location %+v, want only the logical location of the key", l)
	}
}
