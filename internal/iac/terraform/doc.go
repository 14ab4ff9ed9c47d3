// Package terraform loads Terraform configuration (.tf and .tf.json) into native resources
// with a location for every attribute path, evaluating it as Terraform would plan it:
// variables (defaults, terraform.tfvars, *.auto.tfvars, --var-file, --var, TF_VAR_*), locals,
// local modules to any depth, remote modules already downloaded to .terraform/modules, count,
// for_each, dynamic blocks and the functions users write.
//
// It never runs anything from what it reads and never reaches the network: a remote module
// that was not downloaded is reported, not fetched. Values it cannot know (a variable without
// a value, a data source, a computed attribute) are resource.Unknown, never guessed.
//
// Provenance rides on cty marks: every value carries an origin mark for the file and lines that
// set it, and a reference mark for each resource instance it was read from. A value that
// flows through a plain reference (var.x, local.y, each.value.z, module.m.out) keeps the mark
// of where it was set, so a finding points at the tfvars line or module input that chose the
// value; any other expression marks its result with its own range.
//
// It imports only resource from Plumb. Resources come out in the provider's native shape;
// internal/adapt turns them into canonical ones.
package terraform
