// Package fix turns findings whose rule declares a fix (METADATA custom.fix) into edits of
// the files that set the offending values: Terraform through hclwrite, YAML manifests as
// line splices guided by yaml.v3 nodes. It owns planning, applying and rendering those
// edits as a unified diff.
//
// Invariants: an edit changes only the block it fixes (Terraform) or the lines it writes
// (YAML); every other byte of the file is kept. A fix that cannot be made safely (an unknown
// value, a value from a remote module, a value written in a shape the writer does not know)
// is Skipped with its reason and leaves no partial edit. It imports resource and finding,
// never cli, scan or policy.
package fix
