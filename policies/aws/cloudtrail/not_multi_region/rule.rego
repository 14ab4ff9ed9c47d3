# METADATA
# title: CloudTrail trail records only its home region
# description: >-
#   A single-region trail misses API activity in every other region, which is exactly where an
#   intruder launching resources or a forgotten workload would go unnoticed. A multi-region
#   trail also picks up regions enabled later. is_multi_region_trail defaults to false.
# custom:
#   id: PLB-AWS-CT-001
#   severity: medium
#   types: [aws_cloudtrail]
#   remediation: Set is_multi_region_trail = true (and keep include_global_service_events = true).
#   controls:
#     cis-aws: ["3.1"]
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
#   fix:
#     set: {path: [is_multi_region_trail], value: true}
package plumb.rules.aws.cloudtrail.not_multi_region

import rego.v1

multi_region_set if _ = input.attributes.is_multi_region_trail

deny contains {"msg": msg, "path": []} if {
	not multi_region_set
	msg := sprintf("trail %s records API activity in one region only", [input.key])
}

deny contains {"msg": msg, "path": ["is_multi_region_trail"]} if {
	input.attributes.is_multi_region_trail == false
	msg := sprintf("trail %s sets is_multi_region_trail = false and records API activity in one region only", [input.key])
}
