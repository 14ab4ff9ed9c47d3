// Package enforce reverts a scope's drift to its baseline as the scope's enforcement setting
// says, and audits every action.
//
// A scope's setting (store.Enforcement) has a mode and a pause switch:
//   - off: nothing is reverted;
//   - risky: every risky entry is reverted, whatever its kind: a changed resource is written
//     back, a removed one recreated, and an added one deleted (an added Service with
//     externalIPs is as much a risk as a changed one); benign entries are kept;
//   - all: every entry is reverted, benign ones too;
//   - paused (any mode): nothing is reverted, and the result says so, until the scope is
//     resumed (after a deployment, usually with a new baseline).
//
// An entry is reverted as a whole: every change to the resource goes back to the baseline,
// including benign changes that came with a risky one, since the baseline is the one
// approved version of the resource.
//
// Reverting goes through a Reverter, the collector of the scope's provider (the Kubernetes
// collector's server-side apply, the AWS reverter's calls), so enforce imports no SDK.
//
// Invariants:
//   - Every attempt is audited, one entry per resource: action drift.revert with the state
//     before and after, or drift.revert.failed with the error; actor "plumb" unless told
//     otherwise; the scope; the rules a risky drift breaks and the drift run in the reason.
//   - A revert that fails never stops the others.
//   - The setting is read from the store at each call, so a pause takes effect at the next
//     cycle of a running watcher.
//
// It imports resource and store only.
package enforce
