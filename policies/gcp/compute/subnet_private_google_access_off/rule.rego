# METADATA
# title: VPC subnet does not enable Private Google Access
# description: >-
#   Without Private Google Access, instances with no external address cannot reach Google
#   APIs (Cloud Storage, Artifact Registry, Cloud Logging), which pushes teams to give them
#   external addresses. The google provider leaves it off unless private_ip_google_access =
#   true.
# custom:
#   id: PLB-GCP-COMPUTE-021
#   severity: low
#   types: [google_compute_subnetwork]
#   remediation: Set private_ip_google_access = true on the subnet.
#   controls:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.gcp.compute.subnet_private_google_access_off

import rego.v1

deny contains {"msg": msg, "path": ["private_ip_google_access"]} if {
	ordinary
	not input.attributes.private_ip_google_access == true
	msg := sprintf("subnet %s does not enable Private Google Access", [input.key])
}

# purpose defaults to PRIVATE; proxy-only and PSC subnets hold no instances.
ordinary if not input.attributes.purpose

ordinary if input.attributes.purpose in {"PRIVATE", "PRIVATE_RFC_1918"}
