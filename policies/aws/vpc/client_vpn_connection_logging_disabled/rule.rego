# METADATA
# title: Client VPN endpoint does not log connections
# description: >-
#   Without connection logging there is no record of who connected to the VPN, from where and
#   when, so a stolen certificate or password used to reach the internal network leaves no
#   trace.
# custom:
#   id: PLB-AWS-VPC-012
#   severity: medium
#   types: [aws_ec2_client_vpn_endpoint]
#   remediation: >-
#     Set connection_log_options { enabled = true cloudwatch_log_group = "<group>" } on the
#     aws_ec2_client_vpn_endpoint.
#   controls:
#     nist-800-53: ["AU-2", "AU-12", "AC-17(1)"]
#     pci-dss: ["10.2.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.vpc.client_vpn_connection_logging_disabled

import rego.v1

deny contains {"msg": msg, "path": ["connection_log_options", i, "enabled"]} if {
	some i, options in input.attributes.connection_log_options
	options.enabled == false
	msg := sprintf("Client VPN endpoint %s does not log connections", [input.key])
}
