package rows

import (
	"encoding/json"
	"fmt"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

type wireSkip struct {
	RuleID      string            `json:"rule_id"`
	ResourceKey string            `json:"resource"`
	Paths       []json.RawMessage `json:"paths"`
	Location    resource.Location `json:"location"`
	Error       string            `json:"error"`
}

// MarshalSkipped encodes a scan's skipped checks as one JSON array.
func MarshalSkipped(skips []finding.Skip) ([]byte, error) {
	if skips == nil {
		return []byte("null"), nil
	}
	w := make([]wireSkip, len(skips))
	for i, s := range skips {
		w[i] = wireSkip{RuleID: s.RuleID, ResourceKey: s.ResourceKey, Location: s.Location, Error: s.Error}
		if s.Paths != nil {
			w[i].Paths = make([]json.RawMessage, len(s.Paths))
			for j, p := range s.Paths {
				w[i].Paths[j] = store.MarshalPath(p)
			}
		}
	}
	return json.Marshal(w)
}

// UnmarshalSkipped decodes what MarshalSkipped encoded.
func UnmarshalSkipped(data []byte) ([]finding.Skip, error) {
	var w []wireSkip
	if err := json.Unmarshal(data, &w); err != nil {
		return nil, fmt.Errorf("stored skipped checks: %w", err)
	}
	if w == nil {
		return nil, nil
	}
	skips := make([]finding.Skip, len(w))
	for i, s := range w {
		skips[i] = finding.Skip{RuleID: s.RuleID, ResourceKey: s.ResourceKey, Location: s.Location, Error: s.Error}
		if s.Paths != nil {
			skips[i].Paths = make([]resource.Path, len(s.Paths))
			for j, raw := range s.Paths {
				p, err := store.UnmarshalPath(raw)
				if err != nil {
					return nil, err
				}
				skips[i].Paths[j] = p
			}
		}
	}
	return skips, nil
}

// MarshalDiagnostics encodes a scan's diagnostics as one JSON array.
func MarshalDiagnostics(ds resource.Diagnostics) ([]byte, error) { return json.Marshal(ds) }

// UnmarshalDiagnostics decodes what MarshalDiagnostics encoded.
func UnmarshalDiagnostics(data []byte) (resource.Diagnostics, error) {
	var ds resource.Diagnostics
	if err := json.Unmarshal(data, &ds); err != nil {
		return nil, fmt.Errorf("stored diagnostics: %w", err)
	}
	return ds, nil
}

// MarshalOpen encodes a summary's open-finding counts.
func MarshalOpen(open map[finding.Severity]int) ([]byte, error) { return json.Marshal(open) }

// UnmarshalOpen decodes what MarshalOpen encoded.
func UnmarshalOpen(data []byte) (map[finding.Severity]int, error) {
	open := map[finding.Severity]int{}
	if err := json.Unmarshal(data, &open); err != nil {
		return nil, fmt.Errorf("stored finding counts: %w", err)
	}
	return open, nil
}
