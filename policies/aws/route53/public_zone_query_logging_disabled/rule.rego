# METADATA
# title: Public Route 53 hosted zone does not log DNS queries
# description: >-
#   Query logs record which names were asked for, from which resolver, with which answer.
#   Without them, DNS reconnaissance of the domain, subdomain takeover attempts and traffic to
#   names that should not exist go unseen.
# custom:
#   id: PLB-AWS-R53-001
#   severity: low
#   types: [aws_route53_zone]
#   remediation: >-
#     Add an aws_route53_query_log for the zone, writing to a CloudWatch log group in
#     us-east-1 whose resource policy lets route53.amazonaws.com write.
#   controls:
#     nist-800-53: ["AU-2", "AU-12", "SI-4"]
#     pci-dss: ["10.2.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15", "A.8.16"]
package plumb.rules.aws.route53.public_zone_query_logging_disabled

import rego.v1

# A zone with a vpc block is private (query logging for it is Resolver query logging). The
# separate aws_route53_query_log is merged into query_log.
deny contains {"msg": msg, "path": ["query_log"]} if {
	public_zone
	not has_query_log
	msg := sprintf("public hosted zone %s does not log DNS queries", [input.key])
}

public_zone if not input.attributes.vpc

public_zone if input.attributes.vpc == []

has_query_log if count(input.attributes.query_log) > 0
