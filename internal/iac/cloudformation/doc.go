// Package cloudformation loads AWS CloudFormation templates (YAML with or without the
// short-form tags, and JSON) and AWS SAM templates into native resources: one per resource
// the stack would create, typed with its CloudFormation type ("AWS::S3::Bucket") and keyed
// "<Type> <LogicalId>" ("AWS::EC2::SecurityGroup WebSG"), whose attributes are its
// Properties after the intrinsic functions that can be known were evaluated.
//
// It owns the template's semantics as far as they can be known before a deployment:
// parameters (defaults, --cfn-params files, pseudo parameters), conditions, mappings, the
// Fn:: functions and Ref, and the SAM transform (AWS::Serverless-2016-10-31), which turns
// AWS::Serverless::* resources into the resources SAM would deploy (a function and its role
// and permissions, an API and its stage, a table). internal/adapt turns the native shapes into
// the canonical, Terraform-named ones.
//
// Invariants:
//   - Every attribute path has a Location: the lines from its key to the end of its value.
//     A value read from a parameter, a params file or a mapping is located where it was
//     chosen, with the property that used it in Via, as Terraform values from tfvars are.
//   - A value that cannot be known before the stack is created (a parameter without a
//     value, a Ref or GetAtt to a resource, an account id, a condition that depends on one)
//     is resource.Unknown and listed in Unknowns, never guessed. Ref and GetAtt to another
//     resource add a Reference from the property path to that resource's key.
//   - A resource whose Condition is known to be false is not created and not returned; one
//     whose condition is unknown is kept.
//   - Nothing in a template is run or fetched: macros other than SAM, nested stacks and
//     Fn::Transform includes are reported, not expanded.
//   - A file that does not parse is an error diagnostic with its file and line; the other
//     files are still loaded. No input makes the loader panic.
//
// It imports only iac and resource from Plumb.
package cloudformation
