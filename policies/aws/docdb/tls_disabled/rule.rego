# METADATA
# title: DocumentDB cluster parameter group turns TLS off
# description: >-
#   The tls parameter of a DocumentDB cluster parameter group decides whether clients must
#   connect over TLS. It is enabled by default; a group that sets it to disabled lets
#   credentials and documents cross the network in clear text.
# custom:
#   id: PLB-AWS-DOCDB-005
#   severity: high
#   types: [aws_docdb_cluster_parameter_group]
#   remediation: >-
#     Remove the tls parameter from the aws_docdb_cluster_parameter_group or set it to
#     "enabled" (or "tls1.2+" / "tls1.3+" where the engine version supports it), then
#     reboot the instances.
#   controls:
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.docdb.tls_disabled

import rego.v1

deny contains {"msg": msg, "path": ["parameter", i, "value"]} if {
	some i, p in input.attributes.parameter
	p.name == "tls"
	is_string(p.value)
	lower(p.value) == "disabled"
	msg := sprintf("DocumentDB parameter group %s turns TLS off", [input.key])
}
