# METADATA
# title: EKS cluster does not envelope-encrypt Secrets with a KMS key
# description: >-
#   Without an encryption_config for "secrets", Kubernetes Secrets in the cluster's etcd are
#   protected only by storage-level encryption AWS controls. Envelope encryption with your own
#   KMS key adds a layer you audit and can revoke, so a copy of etcd or an over-broad backup
#   does not expose every Secret.
# custom:
#   id: PLB-AWS-EKS-002
#   severity: medium
#   types: [aws_eks_cluster]
#   remediation: >-
#     Add encryption_config { resources = ["secrets"] provider { key_arn = aws_kms_key.x.arn } }
#     to the aws_eks_cluster.
#   controls:
#     nist-800-53: ["SC-28", "SC-12"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.eks.secrets_not_encrypted

import rego.v1

deny contains {"msg": msg, "path": ["encryption_config"]} if {
	not encrypts_secrets
	msg := sprintf("EKS cluster %s does not envelope-encrypt Kubernetes Secrets with a KMS key", [input.key])
}

encrypts_secrets if {
	some config in input.attributes.encryption_config
	"secrets" in config.resources
}
