package finding

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// BaselineVersion is the version of the findings baseline file's shape.
const BaselineVersion = 1

// Baseline is a findings baseline: the findings a repository adopted on a given day, so that
// a gate fails only on new ones. Findings are matched by fingerprint, which leaves out line
// numbers, so edits elsewhere in a file keep a baselined finding accepted.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one adopted finding. Only Fingerprint is matched; the rest tells a reader
// of the file what was adopted.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Resource    string `json:"resource"`
	File        string `json:"file,omitempty"`
	Path        string `json:"path,omitempty"`
}

// NewBaseline adopts the findings that would fail a gate today: the open and already
// accepted ones. Suppressed and waived findings are left out, so that a waiver that expires
// later reopens its finding rather than finding it accepted. Entries are sorted by rule,
// resource, file and fingerprint, so that the file diffs well.
func NewBaseline(findings []*Finding) *Baseline {
	b := &Baseline{Version: BaselineVersion, Findings: []BaselineEntry{}}
	seen := map[string]bool{}
	for _, f := range findings {
		if (f.Status != Open && f.Status != Accepted) || f.Rule == nil || f.Fingerprint == "" || seen[f.Fingerprint] {
			continue
		}
		seen[f.Fingerprint] = true
		b.Findings = append(b.Findings, BaselineEntry{
			Fingerprint: f.Fingerprint, Rule: f.Rule.ID, Resource: f.ResourceKey,
			File: f.Location.File, Path: f.Path.String(),
		})
	}
	sort.Slice(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.Rule != y.Rule {
			return x.Rule < y.Rule
		}
		if x.Resource != y.Resource {
			return x.Resource < y.Resource
		}
		if x.File != y.File {
			return x.File < y.File
		}
		return x.Fingerprint < y.Fingerprint
	})
	return b
}

// ReadBaseline parses a baseline file.
func ReadBaseline(r io.Reader) (*Baseline, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	b := &Baseline{}
	if err := dec.Decode(b); err != nil {
		return nil, fmt.Errorf("not a findings baseline: %w", err)
	}
	if b.Version != BaselineVersion {
		return nil, fmt.Errorf("findings baseline version %d, want %d", b.Version, BaselineVersion)
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("findings[%d]: fingerprint is required", i)
		}
	}
	return b, nil
}

// Write writes the baseline as indented JSON.
func (b *Baseline) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// Apply accepts the open findings whose fingerprint is in the baseline, with reason. It
// returns how many it accepted. Suppressed and waived findings, and open ones whose waiver
// expired, are left alone: an expired waiver is a deadline the baseline must not hide.
func (b *Baseline) Apply(findings []*Finding, reason string) int {
	in := make(map[string]bool, len(b.Findings))
	for _, e := range b.Findings {
		in[e.Fingerprint] = true
	}
	n := 0
	for _, f := range findings {
		if f.Status == Open && !f.WaiverExpired && in[f.Fingerprint] {
			f.Status = Accepted
			f.Reason = reason
			f.InSource = false
			n++
		}
	}
	return n
}
