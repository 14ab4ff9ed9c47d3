// Package kubescan scans live Kubernetes state: it collects a scope with the live
// collector, turns the snapshot into canonical resources, evaluates the policy engine on
// them and triages the findings, as package scan does for files. `plumb scan --live
// kubernetes`, the tests and the benchmarks all go through Run, so what they measure is
// what users get.
//
// It owns no rules and no outputs. It imports the collector, adapt, policy, finding and
// redact; nothing imports it but the CLI and tests.
package kubescan
