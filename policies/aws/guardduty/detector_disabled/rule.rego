# METADATA
# title: GuardDuty detector is disabled
# description: >-
#   enable = false keeps the GuardDuty detector off: no threat detection runs on
#   CloudTrail, VPC flow and DNS logs of the Region, so compromised credentials, crypto-
#   mining and reconnaissance go unnoticed. It defaults to true.
# custom:
#   id: PLB-AWS-GUARDDUTY-001
#   severity: high
#   types: [aws_guardduty_detector]
#   remediation: >-
#     Remove enable = false (it defaults to true) from the aws_guardduty_detector.
#   controls:
#     nist-800-53: ["SI-4", "RA-5"]
#     pci-dss: ["10.7.2", "11.5.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.16"]
#   fix:
#     set: {path: [enable], value: true}
package plumb.rules.aws.guardduty.detector_disabled

import rego.v1

deny contains {"msg": msg, "path": ["enable"]} if {
	input.attributes.enable == false
	msg := sprintf("GuardDuty detector %s is disabled", [input.key])
}
