# METADATA
# title: Internet-facing classic load balancer does not write access logs
# description: >-
#   The access log is the record of every request that reached the application from the
#   internet: client address, request, status and latency. Without it an attack through the
#   load balancer leaves no trace to investigate.
# custom:
#   id: PLB-AWS-ELB-007
#   severity: medium
#   types: [aws_elb]
#   remediation: >-
#     Add access_logs { bucket = "<log bucket>" bucket_prefix = "<name>" interval = 60 } to the
#     aws_elb; the bucket policy must let the regional ELB log delivery principal write.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.elb.classic_elb_access_logs_disabled

import rego.v1

# internal defaults to false: internet-facing.
internet_facing if input.attributes.internal == false

internet_facing if not has_internal

has_internal if _ = input.attributes.internal

deny contains {"msg": msg, "path": ["access_logs"]} if {
	internet_facing
	no_access_logs_block
	msg := sprintf("internet-facing classic load balancer %s does not write access logs", [input.key])
}

# Inside the block, enabled defaults to true.
deny contains {"msg": msg, "path": ["access_logs", i, "enabled"]} if {
	internet_facing
	some i, logs in input.attributes.access_logs
	logs.enabled == false
	msg := sprintf("internet-facing classic load balancer %s has access logs switched off", [input.key])
}

no_access_logs_block if not input.attributes.access_logs

no_access_logs_block if input.attributes.access_logs == []
