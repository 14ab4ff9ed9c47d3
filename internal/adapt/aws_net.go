package adapt

// The AWS network and edge services let some settings be written either on the resource or
// as a separate resource that points at it. Each separate form is merged here into the
// resource's own shape, so a rule reads one path whichever form a module chose.
func init() {
	// A WAFv2 web ACL's logging: the separate aws_wafv2_web_acl_logging_configuration (the
	// only Terraform form) becomes the web ACL's `logging_configuration` block.
	registerMerger("aws_wafv2_web_acl_logging_configuration", "resource_arn", "aws_wafv2_web_acl", "",
		setBlock("logging_configuration", "resource_arn"))
	// Rule groups attached to a web ACL from outside it (AWS provider 6) join the web ACL's
	// `rule_group_association` list, so a rule asking "does this ACL inspect anything" sees
	// them next to the inline rule blocks.
	registerScopedMerger("aws_wafv2_web_acl_rule_group_association", "web_acl_arn", "aws_wafv2_web_acl", "", nil,
		listKnown("rule_group_association"), appendBlock("rule_group_association", "web_acl_arn"))
}
