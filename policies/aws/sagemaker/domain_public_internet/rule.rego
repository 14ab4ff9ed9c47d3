# METADATA
# title: SageMaker domain sends Studio traffic over the public internet
# description: >-
#   app_network_access_type defaults to PublicInternetOnly: Studio apps reach the internet
#   through SageMaker's own network instead of the domain's VPC, so the VPC's security
#   groups, endpoints and egress controls do not apply to them.
# custom:
#   id: PLB-AWS-SAGEMAKER-003
#   severity: medium
#   types: [aws_sagemaker_domain]
#   remediation: >-
#     Set app_network_access_type = "VpcOnly" on the aws_sagemaker_domain, with VPC
#     endpoints (or a NAT gateway) for the services Studio needs.
#   controls:
#     nist-800-53: ["AC-3", "SC-7"]
#     pci-dss: ["1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.aws.sagemaker.domain_public_internet

import rego.v1

access_set if _ = input.attributes.app_network_access_type

deny contains {"msg": msg, "path": []} if {
	not access_set
	msg := sprintf("SageMaker domain %s uses PublicInternetOnly network access (the default)", [input.key])
}

deny contains {"msg": msg, "path": ["app_network_access_type"]} if {
	input.attributes.app_network_access_type == "PublicInternetOnly"
	msg := sprintf("SageMaker domain %s uses PublicInternetOnly network access", [input.key])
}
