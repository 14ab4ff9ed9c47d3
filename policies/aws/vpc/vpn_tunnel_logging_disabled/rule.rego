# METADATA
# title: Site-to-Site VPN tunnel does not log its activity
# description: >-
#   Tunnel logs record IKE negotiation, dead-peer detection and tunnel up/down events. Without
#   them a failed or hijacked negotiation, or a tunnel flapping under attack, leaves no record
#   to investigate. Logging is off unless a tunnel's log options turn it on.
# custom:
#   id: PLB-AWS-VPC-018
#   severity: low
#   types: [aws_vpn_connection]
#   remediation: >-
#     Add tunnel1_log_options and tunnel2_log_options, each with cloudwatch_log_options {
#     log_enabled = true log_group_arn = "<log group arn>" }, to the aws_vpn_connection.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.vpc.vpn_tunnel_logging_disabled

import rego.v1

deny contains {"msg": msg, "path": [tunnel]} if {
	some tunnel in ["tunnel1_log_options", "tunnel2_log_options"]
	not has_block[tunnel]
	msg := sprintf("VPN connection %s does not log %s activity", [input.key, substring(tunnel, 0, 7)])
}

deny contains {"msg": msg, "path": [tunnel, i, "cloudwatch_log_options"]} if {
	some [tunnel, i, options] in tunnel_options
	not options.cloudwatch_log_options
	msg := sprintf("VPN connection %s does not log %s activity", [input.key, substring(tunnel, 0, 7)])
}

# log_enabled defaults to false.
deny contains {"msg": msg, "path": [tunnel, i, "cloudwatch_log_options", j, "log_enabled"]} if {
	some [tunnel, i, options] in tunnel_options
	some j, cw in options.cloudwatch_log_options
	not cw.log_enabled == true
	msg := sprintf("VPN connection %s does not log %s activity", [input.key, substring(tunnel, 0, 7)])
}

# Each tunnel's block is named outright so that the engine knows exactly what this rule reads.
tunnel_options contains ["tunnel1_log_options", i, o] if some i, o in input.attributes.tunnel1_log_options

tunnel_options contains ["tunnel2_log_options", i, o] if some i, o in input.attributes.tunnel2_log_options

has_block contains tunnel if some [tunnel, _, _] in tunnel_options
