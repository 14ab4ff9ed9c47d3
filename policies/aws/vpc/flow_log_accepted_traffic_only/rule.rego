# METADATA
# title: VPC flow log records only accepted traffic
# description: >-
#   A flow log with traffic_type = "ACCEPT" leaves out every connection that security groups
#   and network ACLs rejected, which is exactly the record of port scans and blocked
#   intrusion attempts an investigation needs.
# custom:
#   id: PLB-AWS-VPC-010
#   severity: low
#   types: [aws_flow_log]
#   remediation: Set traffic_type = "ALL" (or at least "REJECT") on the aws_flow_log.
#   controls:
#     cis-aws: ["3.7"]
#     nist-800-53: ["AU-2", "AU-12", "SI-4"]
#     pci-dss: ["10.2.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15", "A.8.16"]
package plumb.rules.aws.vpc.flow_log_accepted_traffic_only

import rego.v1

deny contains {"msg": msg, "path": ["traffic_type"]} if {
	input.attributes.traffic_type == "ACCEPT"
	msg := sprintf("flow log %s records only accepted traffic, not rejected connections", [input.key])
}
