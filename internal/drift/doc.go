// Package drift compares two states of one scope, attribute by attribute, and judges every
// difference with the policy library: the approved baseline (or the IaC that declares the
// scope) against what is live now.
//
// Diff matches resources by identity (their key; for IaC against live AWS, the type and the
// name the provider knows them by) and yields one Entry per resource that was added, removed
// or changed, with every changed attribute path. Judge evaluates the rules on both versions
// of each drifted resource: an entry whose live version breaks a rule at a path where the
// baseline version did not is risky, with those rule ids; the rest are benign. Run does one
// whole cycle for a scope (read the active baseline, collect, diff, judge, store the run),
// and is what `plumb drift`, the watcher and enforcement share. Accept marks a live scan's
// findings that the active baseline already had as accepted.
//
// Invariants:
//   - A type the live snapshot could not list in full (Snapshot.Partial) never yields
//     "removed": absence from a partial listing says nothing. Likewise a type missing from a
//     partial baseline never yields "added".
//   - Server-set fields never reach Diff: the collectors strip them (adapt.NormaliseKubernetes
//     and kubernetes.StripDefaults), and Diff applies StripDefaults to Kubernetes IaC too, so
//     both sides agree. What Diff itself ignores is only what the canonical model derives
//     (a Kubernetes workload's "pod" copy of its template) or keeps in the key (namespace).
//   - Snapshots hold canonical resources: what the rules judge is what is stored and
//     compared. Entry.Baseline and Entry.Live are those resources and must not be changed.
//
// It imports resource, finding, policy, store, adapt and the collectors; never cli.
package drift
