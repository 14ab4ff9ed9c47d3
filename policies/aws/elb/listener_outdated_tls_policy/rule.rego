# METADATA
# title: Load balancer listener accepts TLS 1.0 or 1.1
# description: >-
#   Security policies such as ELBSecurityPolicy-2016-08 (the default when none is given
#   through the API or Terraform) still negotiate TLS 1.0 and 1.1, which are deprecated
#   (RFC 8996) and lack modern cipher suites; clients can be pushed down to them.
# custom:
#   id: PLB-AWS-ELB-002
#   severity: medium
#   types: [aws_lb_listener, aws_alb_listener]
#   remediation: >-
#     Set ssl_policy to a TLS 1.2+ policy, for example "ELBSecurityPolicy-TLS13-1-2-2021-06"
#     (or a TLS13-1-2 FIPS or PQ variant), on every HTTPS and TLS listener.
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     iso-27001: ["A.8.24"]
package plumb.rules.aws.elb.listener_outdated_tls_policy

import rego.v1

# Predefined policies that still allow TLS 1.0 or TLS 1.1.
outdated_policies := {
	"ELBSecurityPolicy-2015-05",
	"ELBSecurityPolicy-2016-08",
	"ELBSecurityPolicy-FS-2018-06",
	"ELBSecurityPolicy-FS-1-1-2019-08",
	"ELBSecurityPolicy-TLS-1-0-2015-04",
	"ELBSecurityPolicy-TLS-1-1-2017-01",
	"ELBSecurityPolicy-TLS13-1-0-2021-06",
	"ELBSecurityPolicy-TLS13-1-1-2021-06",
	"ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04",
	"ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04",
}

# Newer policies name their lowest TLS version: TLS13-1-0-…, TLS13-1-1-…
outdated_pattern := `^ELBSecurityPolicy-(TLS13|TLS)-1-[01]-`

deny contains {"msg": msg, "path": ["ssl_policy"]} if {
	input.attributes.protocol in {"HTTPS", "TLS"}
	policy := input.attributes.ssl_policy
	outdated(policy)
	msg := sprintf("listener %s uses %s, which accepts TLS 1.0 or 1.1", [input.key, policy])
}

deny contains {"msg": msg, "path": ["ssl_policy"]} if {
	input.attributes.protocol in {"HTTPS", "TLS"}
	not has_ssl_policy
	msg := sprintf("listener %s sets no ssl_policy, so it gets ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1", [input.key])
}

has_ssl_policy if _ = input.attributes.ssl_policy

outdated(policy) if policy in outdated_policies

outdated(policy) if {
	is_string(policy)
	regex.match(outdated_pattern, policy)
}
