package rows

import (
	"reflect"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

func sampleRule() *finding.Rule {
	return &finding.Rule{
		ID: "AWS-S3-001", Title: "Bucket is public", Severity: finding.High, Description: "d",
		Remediation: "r", Types: []string{"aws_s3_bucket"}, Controls: map[string][]string{"cis-aws": {"2.1.5"}},
		Custom: true, Fix: &finding.Fix{None: "needs the network"},
	}
}

func sampleFinding() *finding.Finding {
	return &finding.Finding{
		Rule: sampleRule(), ResourceKey: "aws_s3_bucket.b", ResourceRoot: "stacks/prod", ResourceType: "aws_s3_bucket",
		Module: "module.m", Origin: resource.OriginTerraform, Path: resource.Path{"acl", 0, "7"},
		Message: "public", Location: resource.Location{File: "main.tf", StartLine: 3, EndLine: 4, Via: []resource.Location{{File: "v.tfvars", StartLine: 1, EndLine: 1}}},
		Status: finding.Waived, Reason: "until Friday", InSource: true, Fingerprint: "abc",
		Waiver:        &finding.Waiver{Rule: "AWS-S3-001", Owner: "ops", Reason: "until Friday", Expires: "2026-12-31"},
		WaiverExpired: true,
		Breach: &finding.Breach{Severity: finding.Critical, Jewel: "data store", Path: []finding.Hop{
			{Edge: "internet-facing", Key: "aws_lb.web", Type: "aws_lb", Via: []string{"aws_security_group.lb"}, Location: resource.Location{File: "main.tf", StartLine: 1, EndLine: 2}},
		}},
	}
}

func sampleSkip() finding.Skip {
	return finding.Skip{RuleID: "R", ResourceKey: "k", Paths: []resource.Path{{"a", 1}}, Location: resource.Location{File: "f", StartLine: 1}, Error: "conflict"}
}

// TestSamplesSetEveryField keeps the samples complete: a field added to one of these types
// is zero in its sample until someone stores it and sets it here.
func TestSamplesSetEveryField(t *testing.T) {
	for _, v := range []any{*sampleRule(), *sampleFinding(), sampleSkip(),
		resource.Diagnostic{Error: true, File: "f", Line: 1, Column: 2, Summary: "s", Detail: "d"}} {
		rv := reflect.ValueOf(v)
		for i := range rv.NumField() {
			if rv.Field(i).IsZero() {
				t.Errorf("the sample %T leaves %s zero: store the field and set it in the sample", v, rv.Type().Field(i).Name)
			}
		}
	}
}

func TestFindingRoundTrip(t *testing.T) {
	f := sampleFinding()
	var rs Rules
	if err := rs.Add(f.Rule); err != nil {
		t.Fatal(err)
	}
	rules := map[string]*finding.Rule{}
	_ = rs.Each(func(id string, doc []byte) error {
		r, err := UnmarshalRule(doc)
		if err != nil {
			t.Fatal(err)
		}
		rules[id] = r
		return nil
	})
	row, err := FromFinding(f)
	if err != nil {
		t.Fatal(err)
	}
	got, err := row.Finding(rules)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, f) {
		t.Errorf("got %#v\nwant %#v", got, f)
	}
}

func TestRulesRefuseTwoRulesWithOneID(t *testing.T) {
	var rs Rules
	a, b, c := sampleRule(), sampleRule(), sampleRule()
	c.Title = "another"
	if err := rs.Add(a); err != nil {
		t.Fatal(err)
	}
	if err := rs.Add(b); err != nil {
		t.Errorf("an equal rule was refused: %v", err)
	}
	if err := rs.Add(c); err == nil {
		t.Error("a different rule with the same id was accepted")
	}
}

func TestSkippedAndDiagnosticsRoundTrip(t *testing.T) {
	for _, skips := range [][]finding.Skip{nil, {}, {sampleSkip(), {RuleID: "S"}}} {
		data, err := MarshalSkipped(skips)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalSkipped(data)
		if err != nil || !reflect.DeepEqual(got, skips) {
			t.Errorf("skipped %#v read back as %#v, %v", skips, got, err)
		}
	}
	for _, ds := range []resource.Diagnostics{nil, {}, {{Error: true, File: "f", Line: 1, Column: 2, Summary: "s", Detail: "d"}, {File: "g"}}} {
		data, err := MarshalDiagnostics(ds)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalDiagnostics(data)
		if err != nil || !reflect.DeepEqual(got, ds) {
			t.Errorf("diagnostics %#v read back as %#v, %v", ds, got, err)
		}
	}
	open := map[finding.Severity]int{finding.Critical: 2, finding.Info: 1}
	data, _ := MarshalOpen(open)
	if got, err := UnmarshalOpen(data); err != nil || !reflect.DeepEqual(got, open) {
		t.Errorf("open counts read back as %v, %v", got, err)
	}
}

func TestChangesRoundTrip(t *testing.T) {
	for _, cs := range [][]store.Change{nil, {}, {
		{Path: resource.Path{"ingress", 0}, Before: map[string]any{"port": int64(443)}, After: nil},
		{Path: resource.Path{"spec", "replicas"}, Before: int64(2), After: resource.Unknown{}},
		{Path: resource.Path{"ratio"}, Before: 1.0, After: []any{"x"}},
	}} {
		data, err := MarshalChanges(cs)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalChanges(data)
		if err != nil || !reflect.DeepEqual(got, cs) {
			t.Errorf("changes %#v read back as %#v, %v (%s)", cs, got, err, data)
		}
	}
}
