// Package policies holds Plumb's built-in Rego library: the rules, one directory each under
// policies/<provider>/<service>/<rule>/, and the helper packages under policies/lib/ that rules
// import as data.plumb.lib.*.
//
// FS embeds whole directories, fixtures and tests included; the policy engine keeps only the
// .rego files and leaves out *_test.rego when it loads rules. Directories are listed one per
// provider (plus lib) rather than globbed, so a rule directory that is still empty while
// someone writes it (policies/aws/ec2/) does not break the build; a new provider directory is
// added to the list once it holds a file.
package policies

import "embed"

// FS is the built-in library, rooted at this directory: paths look like
// "aws/s3/versioning_disabled/rule.rego" and "lib/unknown.rego".
//
//go:embed aws azure dockerfile gcp graph kubernetes lib
var FS embed.FS
