# METADATA
# title: Public Route 53 hosted zone is not signed with DNSSEC
# description: >-
#   Without DNSSEC, resolvers cannot check that answers for the domain really come from its
#   zone, so a cache poisoning or on-path attacker can send users of the domain to servers of
#   their choosing.
# custom:
#   id: PLB-AWS-R53-002
#   severity: low
#   types: [aws_route53_zone]
#   remediation: >-
#     Create an aws_route53_key_signing_key (with an asymmetric KMS key in us-east-1) and an
#     aws_route53_hosted_zone_dnssec for the zone, then publish the DS record at the parent.
#   controls:
#     nist-800-53: ["SC-20", "SC-8"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.20", "A.8.21"]
package plumb.rules.aws.route53.public_zone_dnssec_disabled

import rego.v1

# The separate aws_route53_hosted_zone_dnssec is merged into dnssec; its signing_status
# defaults to SIGNING.
deny contains {"msg": msg, "path": ["dnssec"]} if {
	public_zone
	not has_dnssec
	msg := sprintf("public hosted zone %s is not signed with DNSSEC", [input.key])
}

deny contains {"msg": msg, "path": ["dnssec", i, "signing_status"]} if {
	public_zone
	some i, dnssec in input.attributes.dnssec
	dnssec.signing_status == "NOT_SIGNING"
	msg := sprintf("public hosted zone %s has DNSSEC signing turned off", [input.key])
}

public_zone if not input.attributes.vpc

public_zone if input.attributes.vpc == []

has_dnssec if count(input.attributes.dnssec) > 0
