# METADATA
# title: AMI is shared with every AWS account
# description: >-
#   A launch permission for the group "all" makes the image public: any AWS account can launch
#   it and read everything baked into its snapshots, often application code, configuration
#   files and credentials left on the disk.
# custom:
#   id: PLB-AWS-EC2-013
#   severity: high
#   types: [aws_ami_launch_permission]
#   remediation: >-
#     Remove the aws_ami_launch_permission with group = "all"; share the image with named
#     accounts (account_id) or an organization (organization_arn) instead.
#   controls:
#     nist-800-53: ["AC-3", "AC-22"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15", "A.8.12"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.ec2.ami_public_launch_permission

import rego.v1

deny contains {"msg": msg, "path": ["group"]} if {
	input.attributes.group == "all"
	msg := sprintf("launch permission %s makes the AMI public to every AWS account", [input.key])
}
