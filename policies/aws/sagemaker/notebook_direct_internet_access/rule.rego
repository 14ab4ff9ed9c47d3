# METADATA
# title: SageMaker notebook instance has direct internet access
# description: >-
#   direct_internet_access defaults to Enabled: the notebook reaches the internet through a
#   SageMaker-managed network, outside the VPC's security groups, network ACLs, flow logs
#   and egress controls, so data can leave and code can come in unchecked.
# custom:
#   id: PLB-AWS-SAGEMAKER-001
#   severity: medium
#   types: [aws_sagemaker_notebook_instance]
#   remediation: >-
#     Set direct_internet_access = "Disabled" with subnet_id and security_groups, and
#     give the subnet the VPC endpoints (or NAT route) the notebook needs.
#   controls:
#     nist-800-53: ["AC-3", "SC-7"]
#     pci-dss: ["1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
#   fix:
#     none: the notebook needs a subnet, security groups and endpoints in their place
package plumb.rules.aws.sagemaker.notebook_direct_internet_access

import rego.v1

access_set if _ = input.attributes.direct_internet_access

deny contains {"msg": msg, "path": []} if {
	not access_set
	msg := sprintf("notebook instance %s has direct internet access (the default)", [input.key])
}

deny contains {"msg": msg, "path": ["direct_internet_access"]} if {
	input.attributes.direct_internet_access == "Enabled"
	msg := sprintf("notebook instance %s has direct internet access", [input.key])
}
