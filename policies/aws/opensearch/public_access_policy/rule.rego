# METADATA
# title: Internet-facing OpenSearch domain lets everyone in
# description: >-
#   A domain outside a VPC whose access policy (access_policies on the domain, or an
#   aws_opensearch_domain_policy / aws_elasticsearch_domain_policy merged into it) allows
#   Principal "*" with no Condition answers every request from the internet: anyone can
#   read, write or delete indices. Domains inside a VPC are left to their security groups.
# custom:
#   id: PLB-AWS-OPENSEARCH-008
#   severity: critical
#   types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   remediation: >-
#     Name the IAM roles that use the domain in Principal, or restrict "*" with a
#     Condition on aws:SourceIp; better, place the domain in a VPC.
#   controls:
#     nist-800-53: ["AC-3", "SC-7"]
#     pci-dss: ["1.4.1", "7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso-27001: ["A.5.15", "A.8.20"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.opensearch.public_access_policy

import data.plumb.lib.aws
import rego.v1

in_vpc if _ = input.attributes.vpc_options

deny contains {"msg": msg, "path": s.path} if {
	not in_vpc
	some s in aws.b2_statements_at(input.attributes.access_policies, ["access_policies"])
	aws.b2_public_unconditioned(s.stmt)
	msg := sprintf("domain %s is on the internet and its access policy lets everyone in, with no condition", [input.key])
}
