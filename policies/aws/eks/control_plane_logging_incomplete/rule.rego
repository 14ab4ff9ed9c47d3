# METADATA
# title: EKS cluster does not log API, audit and authenticator events
# description: >-
#   Control plane logs are off unless listed in enabled_cluster_log_types. Without the audit,
#   api and authenticator logs there is no record of who called the Kubernetes API, with which
#   IAM identity, and what they changed: the trail of any intrusion into the cluster.
# custom:
#   id: PLB-AWS-EKS-003
#   severity: medium
#   types: [aws_eks_cluster]
#   remediation: >-
#     Set enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager",
#     "scheduler"] (at least the first three) on the aws_eks_cluster.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.eks.control_plane_logging_incomplete

import rego.v1

required := ["api", "audit", "authenticator"]

deny contains {"msg": msg, "path": ["enabled_cluster_log_types"]} if {
	not has_log_types
	msg := sprintf("EKS cluster %s writes no control plane logs", [input.key])
}

deny contains {"msg": msg, "path": ["enabled_cluster_log_types"]} if {
	is_array(input.attributes.enabled_cluster_log_types)
	missing := [t | some t in required; not t in input.attributes.enabled_cluster_log_types]
	count(missing) > 0
	msg := sprintf("EKS cluster %s does not log %s events", [input.key, concat(", ", missing)])
}

has_log_types if _ = input.attributes.enabled_cluster_log_types
