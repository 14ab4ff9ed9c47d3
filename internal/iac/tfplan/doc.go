// Package tfplan loads what Terraform itself writes about a configuration: the JSON of a
// plan (terraform show -json PLANFILE, format_version 1.x) and state files (format version 4,
// and the JSON terraform show -json writes for a state). It turns them into the same native
// resources the HCL loader (internal/iac/terraform) produces for the configuration they came
// from, so internal/adapt and every rule treat them alike:
//
//   - Keys are addresses as the HCL loader writes them: module.a["k"].aws_s3_bucket.b[0].
//     A file is the Root its keys are unique in: two plans in one scan never mix.
//   - Attributes are the planned (or stored) values in the provider's shape: nested blocks
//     are lists of objects, numbers that are whole are int64, policy documents stay JSON
//     strings. A null is an argument that was not set and is left out, as the HCL loader
//     leaves out what was not written; an empty block list stays.
//   - A value known only after apply is resource.Unknown when the configuration sets it (an
//     aws_s3_bucket_versioning's bucket = aws_s3_bucket.b.id). One the configuration does not
//     set is computed by the provider on its own (an id, an arn, a bucket's deprecated inline
//     versioning) and is left out, as absent from the HCL.
//   - Sensitive values (sensitive_values, after_sensitive, a state's sensitive_attributes)
//     are replaced by "***" at every leaf before anything else sees them.
//   - Resources a plan deletes, deposed state instances and data sources are not emitted.
//   - References come from the plan's configuration section (see resolver for the matching
//     of instance keys, module inputs and outputs) and, for a state, from each instance's
//     dependencies.
//   - Locations: a plan or state holds no source lines, so every path points into the JSON
//     file itself: the resource's object for the resource, and the lines of each value for
//     its path. terraform show -json writes everything on one line; pretty-printed (jq .)
//     files give a line per value.
//
// Invariants: no input makes Load panic or loop; a file that cannot be read is an error
// diagnostic with its line and column, and the other files are still read. It imports only
// iac and resource from Plumb, never adapt or policy.
package tfplan
