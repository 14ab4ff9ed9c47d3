package finding

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/plumbsec/plumb/internal/resource"
)

// Status says what triage decided about a finding.
type Status int

// Finding statuses.
const (
	Open Status = iota
	Suppressed
	Waived
	Accepted
)

var statusNames = [...]string{"open", "suppressed", "waived", "accepted"}

func (s Status) String() string {
	if s < Open || s > Accepted {
		return "unknown"
	}
	return statusNames[s]
}

// MarshalText writes the lower-case name.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Rule is what a finding needs to know of the rule that produced it.
type Rule struct {
	ID          string              `json:"id"`
	Title       string              `json:"title"`
	Severity    Severity            `json:"severity"`
	Description string              `json:"description,omitempty"`
	Remediation string              `json:"remediation,omitempty"`
	Types       []string            `json:"resource_types"`
	Controls    map[string][]string `json:"controls,omitempty"`
	// Custom is true for rules loaded with --policy rather than built in.
	Custom bool `json:"custom,omitempty"`
	// Fix is the rule's automatic remediation, nil when it declares none.
	Fix *Fix `json:"fix,omitempty"`
}

// Finding is one rule that fired on one resource.
type Finding struct {
	Rule        *Rule
	ResourceKey string
	// ResourceRoot is the resource's Root: keys are unique only within one.
	ResourceRoot string
	ResourceType string
	Module       string
	Origin       resource.Origin
	// Path is the attribute the rule judged; empty for the resource as a whole.
	Path     resource.Path
	Message  string
	Location resource.Location
	Status   Status
	// Reason says why a finding is suppressed, waived or accepted.
	Reason string
	// InSource is true when a comment in the scanned source suppressed the finding
	// (ApplyInline), false when configuration or a waiver did; SARIF reports the two apart.
	InSource bool
	// Fingerprint identifies the finding across runs; see Fingerprint.
	Fingerprint string
	// Waiver is the config waiver that matched the finding: in force (Status Waived) or
	// expired (WaiverExpired, and the finding is open again).
	Waiver        *Waiver
	WaiverExpired bool
	// Breach is set when the resource lies on a breach path (see package graph).
	Breach *Breach
}

// Severity is the rule's severity, raised when the finding is on a breach path.
func (f *Finding) Severity() Severity {
	if f.Breach != nil {
		return f.Breach.Severity
	}
	return f.Rule.Severity
}

// Fingerprint computes the stable identity of a finding from the rule id, the resource key,
// the attribute path and the file it points at. Line numbers are left out so that edits
// elsewhere in a file do not change it.
func Fingerprint(ruleID, resourceKey string, path resource.Path, file string) string {
	h := sha256.New()
	for _, s := range []string{ruleID, resourceKey, path.String(), file} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}
