# METADATA
# title: Internet-facing load balancer does not write access logs
# description: >-
#   The access log is the record of every request that reached the application from the
#   internet: client address, path, status and TLS details. Without it an attack or a data
#   leak through the load balancer leaves no trace to investigate.
# custom:
#   id: PLB-AWS-ELB-004
#   severity: medium
#   types: [aws_lb, aws_alb]
#   remediation: >-
#     Add access_logs { bucket = "<log bucket>" prefix = "<name>" enabled = true } to the load
#     balancer; the bucket policy must let the regional ELB log delivery principal write.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.elb.lb_access_logs_disabled

import rego.v1

# internal defaults to false (internet-facing). Gateway load balancers have no access logs.
internet_facing if {
	not_internal
	logs_supported
}

not_internal if input.attributes.internal == false

not_internal if not has_internal

has_internal if _ = input.attributes.internal

logs_supported if input.attributes.load_balancer_type in {"application", "network"}

logs_supported if not has_type

has_type if _ = input.attributes.load_balancer_type

deny contains {"msg": msg, "path": ["access_logs"]} if {
	internet_facing
	no_access_logs_block
	msg := sprintf("internet-facing load balancer %s does not write access logs", [input.key])
}

# enabled defaults to false, even when a bucket is given.
deny contains {"msg": msg, "path": ["access_logs", i, "enabled"]} if {
	internet_facing
	some i, logs in input.attributes.access_logs
	not logs.enabled == true
	msg := sprintf("internet-facing load balancer %s has access logs switched off", [input.key])
}

no_access_logs_block if not input.attributes.access_logs

no_access_logs_block if input.attributes.access_logs == []
