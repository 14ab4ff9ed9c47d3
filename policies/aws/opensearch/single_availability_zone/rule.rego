# METADATA
# title: OpenSearch domain with several data nodes keeps them in one Availability Zone
# description: >-
#   Without zone_awareness_enabled = true the data nodes of a domain, and the replicas of
#   each shard, all sit in one Availability Zone: an outage of that zone takes the whole
#   domain down. It defaults to false; single-node domains are not judged.
# custom:
#   id: PLB-AWS-OPENSEARCH-009
#   severity: low
#   types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   remediation: >-
#     Set zone_awareness_enabled = true with zone_awareness_config {
#     availability_zone_count = 3 } (or 2) in cluster_config, with an instance_count that
#     is a multiple of it.
#   controls:
#     nist-800-53: ["CP-10"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.14"]
package plumb.rules.aws.opensearch.single_availability_zone

import rego.v1

zone_awareness_set(cc) if _ = cc.zone_awareness_enabled

several_nodes(cc) if {
	is_number(cc.instance_count)
	cc.instance_count > 1
}

deny contains {"msg": msg, "path": ["cluster_config", i]} if {
	some i, cc in input.attributes.cluster_config
	several_nodes(cc)
	not zone_awareness_set(cc)
	msg := sprintf("domain %s keeps its %d data nodes in one Availability Zone", [input.key, cc.instance_count])
}

deny contains {"msg": msg, "path": ["cluster_config", i, "zone_awareness_enabled"]} if {
	some i, cc in input.attributes.cluster_config
	several_nodes(cc)
	cc.zone_awareness_enabled == false
	msg := sprintf("domain %s keeps its %d data nodes in one Availability Zone", [input.key, cc.instance_count])
}
