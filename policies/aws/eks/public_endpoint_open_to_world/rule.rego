# METADATA
# title: EKS cluster API endpoint is reachable from the whole internet
# description: >-
#   By default the Kubernetes API server of an EKS cluster is public and accepts connections
#   from 0.0.0.0/0. Anyone can then probe it, try stolen credentials or tokens against it, and
#   reach it the moment an authentication or API server flaw is found.
# custom:
#   id: PLB-AWS-EKS-001
#   severity: high
#   types: [aws_eks_cluster]
#   remediation: >-
#     In vpc_config set endpoint_private_access = true and endpoint_public_access = false, or
#     keep the public endpoint and restrict public_access_cidrs to your office and CI ranges.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.aws.eks.public_endpoint_open_to_world

import rego.v1

deny contains {"msg": msg, "path": ["vpc_config", i, "public_access_cidrs", k]} if {
	some i, config in input.attributes.vpc_config
	public_endpoint(config)
	some k, cidr in config.public_access_cidrs
	cidr == "0.0.0.0/0"
	msg := sprintf("EKS cluster %s accepts API connections from the whole internet", [input.key])
}

# public_access_cidrs defaults to 0.0.0.0/0.
deny contains {"msg": msg, "path": ["vpc_config", i, "public_access_cidrs"]} if {
	some i, config in input.attributes.vpc_config
	public_endpoint(config)
	not "public_access_cidrs" in object.keys(config)
	msg := sprintf("EKS cluster %s has a public API endpoint open to 0.0.0.0/0 (public_access_cidrs is not set)", [input.key])
}

# endpoint_public_access defaults to true; an unknown value is taken for neither.
public_endpoint(config) if config.endpoint_public_access == true

public_endpoint(config) if not "endpoint_public_access" in object.keys(config)
