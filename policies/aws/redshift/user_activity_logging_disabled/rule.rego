# METADATA
# title: Redshift parameter group does not log user activity
# description: >-
#   enable_user_activity_logging records each query before it runs in the audit log. It
#   defaults to false, so clusters using the parameter group keep no record of which user
#   ran which query, even with audit logging on.
# custom:
#   id: PLB-AWS-REDSHIFT-005
#   severity: medium
#   types: [aws_redshift_parameter_group]
#   remediation: >-
#     Add parameter { name = "enable_user_activity_logging", value = "true" } to the
#     aws_redshift_parameter_group and turn audit logging on for the cluster.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.redshift.user_activity_logging_disabled

import rego.v1

param_set if {
	some p in input.attributes.parameter
	p.name == "enable_user_activity_logging"
}

on(v) if v == true

on(v) if {
	is_string(v)
	lower(v) == "true"
}

deny contains {"msg": msg, "path": []} if {
	not param_set
	msg := sprintf("parameter group %s does not set enable_user_activity_logging, so queries are not logged", [input.key])
}

deny contains {"msg": msg, "path": ["parameter", i, "value"]} if {
	some i, p in input.attributes.parameter
	p.name == "enable_user_activity_logging"
	not on(p.value)
	not is_object(p.value)
	msg := sprintf("parameter group %s sets enable_user_activity_logging = %v, so queries are not logged", [input.key, p.value])
}
