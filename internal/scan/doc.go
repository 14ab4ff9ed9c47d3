// Package scan runs one scan of infrastructure as code: it loads the files under a path,
// turns what they declare into canonical resources, evaluates the policy engine on them and
// triages the findings (inline and config suppressions). The CLI, tests and benchmarks all
// scan through Run, so what they measure is what users get.
//
// It owns no rules, formats or outputs; it imports the loaders, adapt, policy and finding.
package scan
