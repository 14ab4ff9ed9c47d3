// Package store owns what Plumb keeps between runs: scans (with their resource snapshots,
// findings, skipped checks and diagnostics), baselines, drift runs, enforcement settings and
// the audit log. Store is the one interface; internal/store/sqlite (a single file, the
// default) and internal/store/postgres (shared by a team or several servers) implement it,
// and Open picks one by its DSN. internal/store/storetest is the suite both must pass.
//
// Live things are named by a Scope, written kubernetes:CONTEXT[/NAMESPACE],
// aws:ACCOUNT/REGION or tfstate:PATH everywhere. Resources are kept as the JSON of the
// canonical resource (MarshalResource), which round-trips exactly: an unknown value stays
// Unknown, an int64 stays an int64 and a float64 a float64.
//
// Invariants:
//   - Every write is one transaction: a scan, a baseline or a drift run becomes visible
//     complete or not at all, whatever happens to the process that writes it.
//   - Baselines and the audit log are append-only. A new baseline supersedes the active one
//     and never overwrites it; the backends' schemas refuse UPDATE and DELETE on them.
//   - Changing a scope's enforcement setting appends an audit entry in the same transaction.
//   - Times are kept in UTC to the microsecond, the finest both backends hold.
//
// It imports only resource and finding; backends register themselves with Register.
package store
