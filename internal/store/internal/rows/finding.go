package rows

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// Finding is a finding as stored: its rule by id (the rule itself is stored once per scan,
// see Rules), and the rest as columns. Path and Location are JSON.
type Finding struct {
	RuleID       string
	Severity     string
	Status       string
	ResourceKey  string
	ResourceRoot string
	ResourceType string
	Module       string
	Origin       string
	Path         []byte
	Message      string
	Location     []byte
	Reason       string
	InSource     bool
	Fingerprint  string
	// Triage is the JSON of what triage and ranking added (waiver, expiry, breach path);
	// "null" when none of it applies.
	Triage []byte
}

// triage is the stored form of a finding's waiver and breach path.
type triage struct {
	Waiver        *finding.Waiver `json:"waiver,omitempty"`
	WaiverExpired bool            `json:"waiver_expired,omitempty"`
	Breach        *finding.Breach `json:"breach,omitempty"`
}

// FromFinding makes the stored form of f; f.Rule must be set.
func FromFinding(f *finding.Finding) (Finding, error) {
	loc, err := json.Marshal(f.Location)
	if err != nil {
		return Finding{}, err
	}
	tri := []byte("null")
	if f.Waiver != nil || f.WaiverExpired || f.Breach != nil {
		if tri, err = json.Marshal(triage{Waiver: f.Waiver, WaiverExpired: f.WaiverExpired, Breach: f.Breach}); err != nil {
			return Finding{}, err
		}
	}
	return Finding{
		RuleID:       f.Rule.ID,
		Severity:     f.Rule.Severity.String(),
		Status:       f.Status.String(),
		ResourceKey:  f.ResourceKey,
		ResourceRoot: f.ResourceRoot,
		ResourceType: f.ResourceType,
		Module:       f.Module,
		Origin:       string(f.Origin),
		Path:         store.MarshalPath(f.Path),
		Message:      f.Message,
		Location:     loc,
		Reason:       f.Reason,
		InSource:     f.InSource,
		Fingerprint:  f.Fingerprint,
		Triage:       tri,
	}, nil
}

// Finding reads the stored form back, taking its rule from rules.
func (r Finding) Finding(rules map[string]*finding.Rule) (*finding.Finding, error) {
	rule := rules[r.RuleID]
	if rule == nil {
		return nil, fmt.Errorf("finding on %s: rule %s is not stored with the scan", r.ResourceKey, r.RuleID)
	}
	status, err := parseStatus(r.Status)
	if err != nil {
		return nil, err
	}
	path, err := store.UnmarshalPath(r.Path)
	if err != nil {
		return nil, err
	}
	f := &finding.Finding{
		Rule: rule, ResourceKey: r.ResourceKey, ResourceRoot: r.ResourceRoot, ResourceType: r.ResourceType, Module: r.Module,
		Origin: resource.Origin(r.Origin), Path: path, Message: r.Message, Status: status,
		Reason: r.Reason, InSource: r.InSource, Fingerprint: r.Fingerprint,
	}
	if err := json.Unmarshal(r.Location, &f.Location); err != nil {
		return nil, fmt.Errorf("finding on %s: location: %w", r.ResourceKey, err)
	}
	if len(r.Triage) > 0 && !bytes.Equal(r.Triage, []byte("null")) {
		var t triage
		if err := json.Unmarshal(r.Triage, &t); err != nil {
			return nil, fmt.Errorf("finding on %s: triage: %w", r.ResourceKey, err)
		}
		f.Waiver, f.WaiverExpired, f.Breach = t.Waiver, t.WaiverExpired, t.Breach
	}
	return f, nil
}

func parseStatus(s string) (finding.Status, error) {
	for st := finding.Open; st <= finding.Accepted; st++ {
		if st.String() == s {
			return st, nil
		}
	}
	return 0, fmt.Errorf("unknown finding status %q", s)
}

// wireRule is a rule as stored. It has no omitempty, so nil and empty stay apart.
type wireRule struct {
	ID          string              `json:"id"`
	Title       string              `json:"title"`
	Severity    finding.Severity    `json:"severity"`
	Description string              `json:"description"`
	Remediation string              `json:"remediation"`
	Types       []string            `json:"resource_types"`
	Controls    map[string][]string `json:"controls"`
	Custom      bool                `json:"custom"`
	Fix         *finding.Fix        `json:"fix,omitempty"`
}

// Rules collects the distinct rules of a scan's findings, each stored once.
type Rules struct {
	ids  []string
	docs map[string][]byte
	seen map[*finding.Rule]bool
}

// Add records the rule of a finding. Two different rules with one id are an error: a rule
// id names one rule and is never reused.
func (rs *Rules) Add(r *finding.Rule) error {
	if rs.seen[r] {
		return nil
	}
	if rs.seen == nil {
		rs.seen, rs.docs = map[*finding.Rule]bool{}, map[string][]byte{}
	}
	rs.seen[r] = true
	doc, err := MarshalRule(r)
	if err != nil {
		return err
	}
	if old, ok := rs.docs[r.ID]; ok {
		if !bytes.Equal(old, doc) {
			return fmt.Errorf("two different rules have the id %s", r.ID)
		}
		return nil
	}
	rs.ids = append(rs.ids, r.ID)
	rs.docs[r.ID] = doc
	return nil
}

// Each calls fn with each rule's id and stored form, in the order they were added.
func (rs *Rules) Each(fn func(id string, doc []byte) error) error {
	for _, id := range rs.ids {
		if err := fn(id, rs.docs[id]); err != nil {
			return err
		}
	}
	return nil
}

// MarshalRule encodes a rule.
func MarshalRule(r *finding.Rule) ([]byte, error) {
	return json.Marshal(wireRule(*r))
}

// UnmarshalRule decodes a rule.
func UnmarshalRule(doc []byte) (*finding.Rule, error) {
	var w wireRule
	if err := json.Unmarshal(doc, &w); err != nil {
		return nil, fmt.Errorf("stored rule: %w", err)
	}
	r := finding.Rule(w)
	return &r, nil
}
