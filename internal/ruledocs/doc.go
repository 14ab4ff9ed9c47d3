// Package ruledocs generates the rule reference, docs/rules/: one Markdown page per built-in
// rule (id, title, severity, resource types, description, remediation, the compliance controls
// it maps to with their titles from the catalogs, and examples taken from its failing and
// passing fixtures) and an index, README.md.
//
// The pages are derived data: `make docs` (go run ./internal/ruledocs/gendocs) writes them,
// and a test fails when the checked-in pages differ from what the library generates, so CI
// catches a rule whose page was not regenerated.
//
// Invariants: generation is deterministic (the same library gives the same bytes) and reads
// only the embedded library and catalogs, never the network or the working directory.
//
// It imports policy, compliance and the policies library; nothing imports it.
package ruledocs
