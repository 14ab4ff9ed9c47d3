# METADATA
# title: GuardDuty protection plan is turned off
# description: >-
#   A detector can switch off individual protection plans: S3 data events, EKS audit logs,
#   EBS malware scanning, RDS login events, Lambda network activity, runtime monitoring. A
#   plan turned off (an aws_guardduty_detector_feature with status DISABLED, or enable =
#   false in the detector's datasources) leaves that kind of resource unwatched.
# custom:
#   id: PLB-AWS-GUARDDUTY-002
#   severity: medium
#   types: [aws_guardduty_detector, aws_guardduty_detector_feature]
#   remediation: >-
#     Set status = "ENABLED" on the aws_guardduty_detector_feature (or remove enable =
#     false from datasources) for every protection plan that covers resources the account
#     runs.
#   controls:
#     nist-800-53: ["SI-4"]
#     pci-dss: ["10.7.2"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.16"]
package plumb.rules.aws.guardduty.protection_plan_disabled

import rego.v1

deny contains {"msg": msg, "path": ["status"]} if {
	input.type == "aws_guardduty_detector_feature"
	upper(input.attributes.status) == "DISABLED"
	msg := sprintf("%s turns GuardDuty protection %v off", [input.key, input.attributes.name])
}

deny contains {"msg": msg, "path": ["datasources", i, "s3_logs", j, "enable"]} if {
	some i, ds in input.attributes.datasources
	some j, s3 in ds.s3_logs
	s3.enable == false
	msg := sprintf("GuardDuty detector %s turns S3 protection off", [input.key])
}

deny contains {"msg": msg, "path": ["datasources", i, "kubernetes", j, "audit_logs", k, "enable"]} if {
	some i, ds in input.attributes.datasources
	some j, k8s in ds.kubernetes
	some k, logs in k8s.audit_logs
	logs.enable == false
	msg := sprintf("GuardDuty detector %s turns EKS audit log monitoring off", [input.key])
}

deny contains {"msg": msg, "path": ["datasources", i, "malware_protection", j, "scan_ec2_instance_with_findings", k, "ebs_volumes", l, "enable"]} if {
	some i, ds in input.attributes.datasources
	some j, mp in ds.malware_protection
	some k, scan in mp.scan_ec2_instance_with_findings
	some l, ebs in scan.ebs_volumes
	ebs.enable == false
	msg := sprintf("GuardDuty detector %s turns EBS malware protection off", [input.key])
}
