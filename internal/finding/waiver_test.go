package finding

import (
	"strings"
	"testing"
	"time"
)

func TestApplyWaivers(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(ExpiryDate, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	w := Waiver{Rule: "R-1", Resource: "aws_instance.*", Owner: "ops", Reason: "until the migration", Expires: "2026-06-30"}
	tests := []struct {
		name        string
		now         time.Time
		key         string
		status      Status
		want        Status
		expiredFlag bool
	}{
		{name: "in force on its last day", now: day("2026-06-30").Add(23 * time.Hour), key: "aws_instance.web", want: Waived},
		{name: "expired the next day", now: day("2026-07-01"), key: "aws_instance.web", want: Open, expiredFlag: true},
		{name: "other resource", now: day("2026-01-01"), key: "aws_s3_bucket.b", want: Open},
		{name: "already suppressed", now: day("2026-01-01"), key: "aws_instance.web", status: Suppressed, want: Suppressed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &Finding{Rule: &Rule{ID: "R-1"}, ResourceKey: tt.key, Status: tt.status}
			if err := ApplyWaivers([]*Finding{f}, []Waiver{w}, tt.now); err != nil {
				t.Fatal(err)
			}
			if f.Status != tt.want || f.WaiverExpired != tt.expiredFlag {
				t.Errorf("status %v expired %v, want %v %v", f.Status, f.WaiverExpired, tt.want, tt.expiredFlag)
			}
			if tt.want == Waived && (f.Reason != w.Reason || f.Waiver == nil || f.Waiver.Owner != "ops") {
				t.Errorf("waived finding lost its waiver: %+v", f)
			}
		})
	}
	// A later waiver in force wins over an earlier expired one.
	f := &Finding{Rule: &Rule{ID: "R-1"}, ResourceKey: "aws_instance.web"}
	renewed := w
	renewed.Expires = "2027-06-30"
	if err := ApplyWaivers([]*Finding{f}, []Waiver{w, renewed}, day("2026-12-01")); err != nil || f.Status != Waived || f.WaiverExpired {
		t.Errorf("renewed waiver: %v %v %v", err, f.Status, f.WaiverExpired)
	}
}

func TestInvalidWaiversApplyNothing(t *testing.T) {
	f := &Finding{Rule: &Rule{ID: "R-1"}, ResourceKey: "k"}
	err := ApplyWaivers([]*Finding{f}, []Waiver{
		{Rule: "R-1", Owner: "ops", Reason: "ok", Expires: "2099-01-01"},
		{Rule: "R-1", Reason: "no owner", Expires: "31/12/2026"},
	}, time.Now())
	if err == nil || !strings.Contains(err.Error(), "waivers[1]: owner is required") || !strings.Contains(err.Error(), "waivers[1]: expires") {
		t.Errorf("err = %v", err)
	}
	if f.Status != Open {
		t.Errorf("a valid waiver was applied beside an invalid one")
	}
}

func TestBaselineRoundTrip(t *testing.T) {
	open := &Finding{Rule: &Rule{ID: "R-2"}, ResourceKey: "b", Fingerprint: "f2"}
	waived := &Finding{Rule: &Rule{ID: "R-1"}, ResourceKey: "a", Fingerprint: "f1", Status: Waived}
	var buf strings.Builder
	if err := NewBaseline([]*Finding{open, waived}).Write(&buf); err != nil {
		t.Fatal(err)
	}
	b, err := ReadBaseline(strings.NewReader(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Findings) != 1 || b.Findings[0].Fingerprint != "f2" {
		t.Errorf("a baseline adopts open findings only: %s", buf.String())
	}
	again := &Finding{Rule: &Rule{ID: "R-2"}, ResourceKey: "b", Fingerprint: "f2"}
	reopened := &Finding{Rule: &Rule{ID: "R-2"}, ResourceKey: "b", Fingerprint: "f2", WaiverExpired: true}
	if n := b.Apply([]*Finding{again, reopened}, "in findings baseline x"); n != 1 || again.Status != Accepted || reopened.Status != Open {
		t.Errorf("apply: %d, %v, %v", n, again.Status, reopened.Status)
	}
	if _, err := ReadBaseline(strings.NewReader(`{"version": 2, "findings": []}`)); err == nil {
		t.Errorf("another version must be refused")
	}
}
