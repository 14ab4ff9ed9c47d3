# METADATA
# title: Redshift cluster is publicly accessible
# description: >-
#   A publicly accessible cluster gets a public IP address, so its endpoint can be reached
#   from the internet wherever its security groups allow, and password guessing against the
#   admin user starts at once. The AWS provider 5 default of publicly_accessible is true,
#   so a cluster that does not set it is public.
# custom:
#   id: PLB-AWS-REDSHIFT-002
#   severity: high
#   types: [aws_redshift_cluster]
#   remediation: >-
#     Set publicly_accessible = false on the aws_redshift_cluster and reach it from
#     inside the VPC, through a VPN, or through a Redshift-managed VPC endpoint.
#   controls:
#     nist-800-53: ["AC-3", "SC-7"]
#     pci-dss: ["1.4.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
#   fix:
#     set: {path: [publicly_accessible], value: false}
package plumb.rules.aws.redshift.publicly_accessible

import rego.v1

public_set if _ = input.attributes.publicly_accessible

deny contains {"msg": msg, "path": []} if {
	not public_set
	msg := sprintf("Redshift cluster %s does not set publicly_accessible = false, and the provider's default makes it public", [input.key])
}

deny contains {"msg": msg, "path": ["publicly_accessible"]} if {
	input.attributes.publicly_accessible == true
	msg := sprintf("Redshift cluster %s is publicly accessible", [input.key])
}
