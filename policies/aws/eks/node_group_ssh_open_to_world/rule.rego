# METADATA
# title: EKS node group opens SSH to the whole internet
# description: >-
#   When a managed node group's remote_access names an SSH key but no source security groups,
#   EKS opens port 22 on every worker node to 0.0.0.0/0.
# custom:
#   id: PLB-AWS-EKS-004
#   severity: high
#   types: [aws_eks_node_group]
#   remediation: >-
#     Set source_security_group_ids in remote_access to a bastion or VPN security group, or
#     drop remote_access and reach nodes through Systems Manager Session Manager.
#   controls:
#     nist-800-53: ["SC-7", "AC-17"]
#     pci-dss: ["1.3.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.aws.eks.node_group_ssh_open_to_world

import rego.v1

deny contains {"msg": msg, "path": ["remote_access", i, "source_security_group_ids"]} if {
	some i, access in input.attributes.remote_access
	_ = access.ec2_ssh_key
	no_source_groups(access)
	msg := sprintf("EKS node group %s opens SSH (port 22) on its nodes to 0.0.0.0/0", [input.key])
}

no_source_groups(access) if not "source_security_group_ids" in object.keys(access)

no_source_groups(access) if access.source_security_group_ids == []
