// Package report renders a scan's *finding.Result in the formats users read and tools
// consume: text for a terminal, versioned JSON, SARIF 2.1.0 and JUnit XML, one file per
// format and one entry point, Write.
//
// Invariants:
//   - Write never changes the Result it is given; each format orders a copy (severity
//     highest first, then file, line and rule id) so that the same result always renders to
//     the same bytes.
//   - Suppressed, waived and accepted findings are never dropped: every format shows them,
//     apart from open ones and with their reason.
//   - Only the text format reads files (SourceRoot) for code snippets, and only when they are
//     readable; a missing file costs a snippet, never the report.
//
// It imports only finding and resource of Plumb's packages.
package report
