# METADATA
# title: SQL server accepts TLS versions older than 1.2
# description: >-
#   TLS 1.0 and 1.1 are deprecated and being retired across Azure; "Disabled" accepts any
#   version. The provider v4 default is 1.2; this rule fires when minimum_tls_version is set
#   to 1.0, 1.1 or Disabled.
# custom:
#   id: PLB-AZURE-SQL-002
#   severity: medium
#   types: [azurerm_mssql_server, azurerm_mssql_managed_instance]
#   remediation: >-
#     Set minimum_tls_version = "1.2" (or remove it) once clients support TLS 1.2.
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.sql.min_tls_below_1_2

import rego.v1

deny contains {"msg": msg, "path": ["minimum_tls_version"]} if {
	v := input.attributes.minimum_tls_version
	v in {"1.0", "1.1", "Disabled"}
	msg := sprintf("%s accepts TLS below 1.2 (minimum_tls_version = %s)", [input.key, v])
}
