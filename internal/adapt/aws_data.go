package adapt

import "github.com/plumbsec/plumb/internal/resource"

// The AWS data services let some settings be written either on the resource or as a separate
// resource that points at it. Each separate form is merged here into the resource's own
// shape, so a rule reads one path whichever form a module chose.
func init() {
	// An OpenSearch (or legacy Elasticsearch) domain's access policy: the domain's
	// access_policies argument or a separate *_domain_policy. Rules weigh the policy against
	// the domain's network placement (vpc_options), so the two must meet.
	registerMerger("aws_opensearch_domain_policy", "domain_name", "aws_opensearch_domain", "",
		replaceLeaf("access_policies"))
	registerMerger("aws_elasticsearch_domain_policy", "domain_name", "aws_elasticsearch_domain", "",
		replaceLeaf("access_policies"))
	// Redshift audit logging: the inline logging block of AWS provider 5 or the separate
	// aws_redshift_logging, whose existence means logging is on.
	registerMerger("aws_redshift_logging", "cluster_identifier", "aws_redshift_cluster", "", mergeRedshiftLogging)
	// A secret's rotation: the separate aws_secretsmanager_secret_rotation becomes the
	// secret's `rotation` block.
	registerMerger("aws_secretsmanager_secret_rotation", "secret_id", "aws_secretsmanager_secret", "name",
		setBlock("rotation", "secret_id"))
}

// replaceLeaf makes the child's attr the parent's, as if written on the parent.
func replaceLeaf(attr string) func(parent, child *resource.Resource) {
	return func(parent, child *resource.Resource) {
		replace(parent, p{attr})
		leaf(parent, p{attr}, child, p{attr}, nil)
	}
}

// mergeRedshiftLogging turns an aws_redshift_logging into the cluster's inline logging
// block, enable = true located at the separate resource's declaration.
func mergeRedshiftLogging(cluster, logging *resource.Resource) {
	setBlock("logging", "cluster_identifier")(cluster, logging)
	block := cluster.Attributes["logging"].([]any)[0].(map[string]any)
	block["enable"] = true
	cluster.SetLocation(p{"logging", 0, "enable"}, logging.LocationOf(p{}))
}
