package adapt

import "github.com/plumbsec/plumb/internal/resource"

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
	// An ECR repository's lifecycle policy exists only as aws_ecr_lifecycle_policy; its
	// policy document becomes the repository's `lifecycle_policy`.
	registerMerger("aws_ecr_lifecycle_policy", "repository", "aws_ecr_repository", "name", mergeLifecyclePolicy)
	// A Route 53 hosted zone's query logging and DNSSEC signing exist only as separate
	// resources; they become the zone's `query_log` and `dnssec` blocks.
	registerMerger("aws_route53_query_log", "zone_id", "aws_route53_zone", "", setBlock("query_log", "zone_id"))
	registerMerger("aws_route53_hosted_zone_dnssec", "hosted_zone_id", "aws_route53_zone", "",
		setBlock("dnssec", "hosted_zone_id"))
	// A REST API's resource policy: the API's policy argument or a separate
	// aws_api_gateway_rest_api_policy, applied last by the provider.
	registerMerger("aws_api_gateway_rest_api_policy", "rest_api_id", "aws_api_gateway_rest_api", "",
		replaceLeaf("policy"))
}

// mergeLifecyclePolicy sets the repository's lifecycle_policy to the child's policy document
// (parsed like any policy when it is known JSON), located at the child's policy argument.
func mergeLifecyclePolicy(repo, policy *resource.Resource) {
	replace(repo, p{"lifecycle_policy"})
	if !leaf(repo, p{"lifecycle_policy"}, policy, p{"policy"}, nil) {
		set(repo, p{"lifecycle_policy"}, map[string]any{})
		repo.SetLocation(p{"lifecycle_policy"}, policy.LocationOf(p{}))
	}
}
