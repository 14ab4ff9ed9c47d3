package store

import (
	"fmt"
	"strings"
)

// The closed sets below (drift kinds, verdicts, enforcement modes) are stored and written
// by their lower-case names. Drift kinds and verdicts have no meaningful zero: an entry
// whose kind or verdict was never set is refused rather than stored as "added" or "benign".

// parseName finds s among names (case-insensitively) and returns its index.
func parseName(what string, names []string, s string) (int, error) {
	n := strings.ToLower(strings.TrimSpace(s))
	for i, name := range names {
		if name != "" && name == n {
			return i, nil
		}
	}
	var valid []string
	for _, name := range names {
		if name != "" {
			valid = append(valid, name)
		}
	}
	return 0, fmt.Errorf("unknown %s %q (want %s)", what, s, strings.Join(valid, ", "))
}

func nameOf(what string, names []string, i int) string {
	if i < 0 || i >= len(names) || names[i] == "" {
		return fmt.Sprintf("%s(%d)", what, i)
	}
	return names[i]
}

// DriftKind says how a resource drifted.
type DriftKind int

// Drift kinds.
const (
	Added DriftKind = iota + 1
	Removed
	Changed
)

var driftKindNames = []string{"", "added", "removed", "changed"}

func (k DriftKind) String() string { return nameOf("driftkind", driftKindNames, int(k)) }

// Valid reports whether k is one of the drift kinds.
func (k DriftKind) Valid() bool { return k >= Added && k <= Changed }

// MarshalText writes the name.
func (k DriftKind) MarshalText() ([]byte, error) { return marshalValid(k.Valid(), k.String()) }

// UnmarshalText reads a name.
func (k *DriftKind) UnmarshalText(b []byte) error {
	v, err := ParseDriftKind(string(b))
	*k = v
	return err
}

// ParseDriftKind reads a drift kind's name.
func ParseDriftKind(s string) (DriftKind, error) {
	i, err := parseName("drift kind", driftKindNames, s)
	return DriftKind(i), err
}

// Verdict is what the policies said of a drift.
type Verdict int

// Verdicts. Risky drift opens a finding that the baseline did not have; benign drift does not.
const (
	Benign Verdict = iota + 1
	Risky
)

var verdictNames = []string{"", "benign", "risky"}

func (v Verdict) String() string { return nameOf("verdict", verdictNames, int(v)) }

// Valid reports whether v is one of the verdicts.
func (v Verdict) Valid() bool { return v == Benign || v == Risky }

// MarshalText writes the name.
func (v Verdict) MarshalText() ([]byte, error) { return marshalValid(v.Valid(), v.String()) }

// UnmarshalText reads a name.
func (v *Verdict) UnmarshalText(b []byte) error {
	x, err := ParseVerdict(string(b))
	*v = x
	return err
}

// ParseVerdict reads a verdict's name.
func ParseVerdict(s string) (Verdict, error) {
	i, err := parseName("verdict", verdictNames, s)
	return Verdict(i), err
}

// EnforcementMode says which drift of a scope is reverted to its baseline. The zero value
// is EnforceOff, the mode of a scope nobody has set.
type EnforcementMode int

// Enforcement modes.
const (
	EnforceOff EnforcementMode = iota
	EnforceRisky
	EnforceAll
)

var enforcementModeNames = []string{"off", "risky", "all"}

func (m EnforcementMode) String() string {
	return nameOf("enforcementmode", enforcementModeNames, int(m))
}

// Valid reports whether m is one of the modes.
func (m EnforcementMode) Valid() bool { return m >= EnforceOff && m <= EnforceAll }

// MarshalText writes the name.
func (m EnforcementMode) MarshalText() ([]byte, error) { return marshalValid(m.Valid(), m.String()) }

// UnmarshalText reads a name.
func (m *EnforcementMode) UnmarshalText(b []byte) error {
	x, err := ParseEnforcementMode(string(b))
	*m = x
	return err
}

// ParseEnforcementMode reads a mode's name.
func ParseEnforcementMode(s string) (EnforcementMode, error) {
	i, err := parseName("enforcement mode", enforcementModeNames, s)
	return EnforcementMode(i), err
}

func marshalValid(ok bool, name string) ([]byte, error) {
	if !ok {
		return nil, fmt.Errorf("cannot marshal %s", name)
	}
	return []byte(name), nil
}
