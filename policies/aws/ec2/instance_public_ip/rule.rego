# METADATA
# title: EC2 instance is given a public IP address
# description: >-
#   A public address makes the instance reachable from the internet as soon as one security
#   group or network ACL rule allows it, and bypasses the load balancer, WAF and NAT that
#   normally stand in front. Public entry points belong on load balancers.
# custom:
#   id: PLB-AWS-EC2-004
#   severity: medium
#   types: [aws_instance]
#   remediation: >-
#     Set associate_public_ip_address = false (or remove it and launch into a private subnet),
#     and publish the service through a load balancer; reach the instance through SSM Session
#     Manager.
#   controls:
#     nist-800-53: ["SC-7"]
#     pci-dss: ["1.4.4"]
#     iso-27001: ["A.8.20"]
package plumb.rules.aws.ec2.instance_public_ip

import rego.v1

deny contains {"msg": msg, "path": ["associate_public_ip_address"]} if {
	input.attributes.associate_public_ip_address == true
	msg := sprintf("instance %s is given a public IP address", [input.key])
}
