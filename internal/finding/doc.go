// Package finding defines a Finding (a rule that fired on a resource), its Severity and
// Status, the fingerprint that identifies it across runs, and triage: inline and config
// suppressions.
//
// A finding's fingerprint depends on the rule id, the resource key, the attribute path and
// the file (never on line numbers), so a finding keeps its identity when lines shift.
// Suppressed findings are kept and shown as suppressed with their reason, never dropped.
//
// It imports only resource.
package finding
