// Package compliance holds the catalogs of the compliance frameworks Plumb's rules map to
// (CIS AWS Foundations, CIS Kubernetes, Pod Security Standards, NIST 800-53, PCI DSS,
// HIPAA, SOC 2, ISO 27001, GDPR) and turns rules and a scan's findings into coverage and
// per-control reports: pass, fail, untested or not covered, with the findings behind each.
//
// A catalog is an embedded YAML file (catalogs/<key>.yaml) listing each control's id, title
// and section; a rule names controls in its metadata (custom.controls, framework key → ids),
// and a test holds every built-in rule to ids its framework's catalog has.
//
// Invariants:
//   - Catalogs are parsed once and never change; Framework and Control values handed out are
//     shared and must not be modified.
//   - Assess never changes the Result it reads, and never drops a finding: open findings fail
//     their controls, suppressed, waived and accepted ones are listed as exceptions.
//   - Output order is deterministic: controls in catalog order, findings by rule and resource.
//
// It imports finding and resource; it must not import policy, scan, report or cli.
package compliance
