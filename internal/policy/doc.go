// Package policy is the Rego engine: it loads the built-in library (package policies) and
// custom policy directories, reads and validates each rule's METADATA, compiles everything
// once, and evaluates rules against canonical resources to produce findings.
//
// A rule is a Rego package with a custom.id in its package METADATA and a deny set; a
// package with neither is a helper (data.plumb.lib.*). Rules are indexed by the types their
// metadata names, and for each resource type one prepared query returns the deny sets of all
// the rules for that type at once, so a resource pays only for the rules that read it.
//
// Invariants:
//   - Compilation and query preparation happen in Load, once; an Engine is immutable
//     afterwards and safe for concurrent use.
//   - A rule never fires because of an unknown value: findings whose path overlaps an
//     unknown path the rule reads are dropped, and the check is reported as a finding.Skip.
//   - A rule that fails at run time on one resource does not stop the scan: it is reported as
//     a finding.Skip whose Error says why, and every other rule and resource is evaluated.
//   - Output order is deterministic: findings by resource key, rule id and path.
//
// It imports resource, finding and the policies library; it must not import iac, adapt,
// report, scan or cli.
package policy
