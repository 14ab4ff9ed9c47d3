package resource

import "fmt"

// Diagnostic is a problem with an input file: a syntax error, an unreadable file, a
// reference that cannot be resolved. Loaders return diagnostics and go on with the rest of
// the input; the CLI turns any error-level diagnostic into exit code 2.
type Diagnostic struct {
	// Error is true for a problem that left part of the input unread; false for a warning.
	Error   bool   `json:"error"`
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Summary string `json:"summary"`
	Detail  string `json:"detail,omitempty"`
}

func (d Diagnostic) String() string {
	pos := d.File
	if d.Line > 0 {
		pos = fmt.Sprintf("%s:%d", d.File, d.Line)
		if d.Column > 0 {
			pos = fmt.Sprintf("%s:%d", pos, d.Column)
		}
	}
	kind := "warning"
	if d.Error {
		kind = "error"
	}
	s := fmt.Sprintf("%s: %s: %s", pos, kind, d.Summary)
	if d.Detail != "" {
		s += ": " + d.Detail
	}
	return s
}

// Diagnostics is a list of diagnostics.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Error {
			return true
		}
	}
	return false
}
