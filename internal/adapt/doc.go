// Package adapt turns native resources, as loaders and collectors produce them, into
// canonical resources: configuration that a source spreads over several resources is merged
// into the one it configures (an S3 bucket's versioning, encryption, public access block,
// logging, policy and ACL; a security group's rules), with the location of every merged value
// kept so findings point at the block that set it, and policy documents written as JSON
// strings are parsed.
//
// Invariants: a merged resource disappears from the output only once merged into its target;
// one whose target cannot be resolved stays under its own type. Canonical resources are new
// values: Canonical never changes what it is given. It imports only resource.
package adapt
