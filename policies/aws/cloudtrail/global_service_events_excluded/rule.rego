# METADATA
# title: CloudTrail trail leaves out global service events
# description: >-
#   include_global_service_events = false drops the events of global services (IAM, STS,
#   CloudFront, Route 53) from the trail: user and role changes, new access keys and
#   console sign-ins go unrecorded. It defaults to true.
# custom:
#   id: PLB-AWS-CT-006
#   severity: medium
#   types: [aws_cloudtrail]
#   remediation: >-
#     Remove include_global_service_events = false from the aws_cloudtrail (at least one
#     multi-Region trail must record global service events).
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
#   fix:
#     set: {path: [include_global_service_events], value: true}
package plumb.rules.aws.cloudtrail.global_service_events_excluded

import rego.v1

deny contains {"msg": msg, "path": ["include_global_service_events"]} if {
	input.attributes.include_global_service_events == false
	msg := sprintf("trail %s does not record IAM, STS and other global service events", [input.key])
}
