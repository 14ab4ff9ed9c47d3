# METADATA
# title: EKS cluster authenticates IAM principals only through the aws-auth ConfigMap
# description: >-
#   With authentication_mode = "CONFIG_MAP", who may act in the cluster as which Kubernetes
#   user is decided by the aws-auth ConfigMap in kube-system: anyone who can edit that
#   ConfigMap can make any IAM role a cluster administrator, the change is not visible in IAM
#   or CloudTrail, and one malformed edit locks everyone out. EKS access entries manage the
#   same mapping through the EKS API.
# custom:
#   id: PLB-AWS-EKS-005
#   severity: low
#   types: [aws_eks_cluster]
#   remediation: >-
#     Set access_config { authentication_mode = "API_AND_CONFIG_MAP" }, move the mappings to
#     aws_eks_access_entry and aws_eks_access_policy_association, then switch to "API".
#   controls:
#     nist-800-53: ["AC-2", "AC-6"]
#     soc2: ["CC6.2", "CC6.3"]
#     iso-27001: ["A.5.15", "A.5.18"]
package plumb.rules.aws.eks.config_map_authentication

import rego.v1

# Only an explicit CONFIG_MAP is judged: the default has changed between EKS versions.
deny contains {"msg": msg, "path": ["access_config", i, "authentication_mode"]} if {
	some i, config in input.attributes.access_config
	config.authentication_mode == "CONFIG_MAP"
	msg := sprintf("EKS cluster %s maps IAM principals to Kubernetes users only through the aws-auth ConfigMap", [input.key])
}
