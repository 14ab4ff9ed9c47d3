# METADATA
# title: Redshift parameter group does not require TLS connections
# description: >-
#   require_ssl defaults to false, so clusters using the parameter group accept clients
#   that connect without TLS and send credentials and query results in clear text.
# custom:
#   id: PLB-AWS-REDSHIFT-004
#   severity: high
#   types: [aws_redshift_parameter_group]
#   remediation: >-
#     Add parameter { name = "require_ssl", value = "true" } to the
#     aws_redshift_parameter_group and reboot the clusters that use it.
#   controls:
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.redshift.require_ssl_disabled

import rego.v1

param_set if {
	some p in input.attributes.parameter
	p.name == "require_ssl"
}

on(v) if v == true

on(v) if {
	is_string(v)
	lower(v) == "true"
}

deny contains {"msg": msg, "path": []} if {
	not param_set
	msg := sprintf("parameter group %s does not set require_ssl, so clients may connect without TLS", [input.key])
}

deny contains {"msg": msg, "path": ["parameter", i, "value"]} if {
	some i, p in input.attributes.parameter
	p.name == "require_ssl"
	not on(p.value)
	not is_object(p.value)
	msg := sprintf("parameter group %s sets require_ssl = %v, so clients may connect without TLS", [input.key, p.value])
}
