# METADATA
# title: OpenSearch domain has a public endpoint
# description: >-
#   A domain without vpc_options gets an endpoint on the internet, reachable from anywhere;
#   only its access policy stands between the world and the data, and one mistaken
#   statement opens it. A domain placed in a VPC is reachable only through the network
#   paths its security groups allow. The choice is made when the domain is created.
# custom:
#   id: PLB-AWS-OPENSEARCH-007
#   severity: medium
#   types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   remediation: >-
#     Create the domain with vpc_options (private subnet_ids and security_group_ids) and
#     reach it through the VPC, a VPN or a VPC endpoint.
#   controls:
#     nist-800-53: ["AC-3", "SC-7"]
#     pci-dss: ["1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.aws.opensearch.not_in_vpc

import rego.v1

vpc_set if _ = input.attributes.vpc_options

deny contains {"msg": msg, "path": []} if {
	not vpc_set
	msg := sprintf("domain %s has no vpc_options, so its endpoint is on the internet", [input.key])
}
