# METADATA
# title: SQL server has no Microsoft Entra ID administrator
# description: >-
#   Without an azuread_administrator block the server can only be administered with the SQL
#   login and password, which cannot use MFA, conditional access or central offboarding, and
#   database users cannot be Entra identities.
# custom:
#   id: PLB-AZURE-SQL-003
#   severity: medium
#   types: [azurerm_mssql_server]
#   remediation: >-
#     Add an azuread_administrator block naming an Entra group of administrators (and set
#     azuread_authentication_only = true when no SQL logins are needed).
#   controls:
#     nist-800-53: ["IA-2", "AC-2"]
#     pci-dss: ["8.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.16", "A.8.5"]
package plumb.rules.azure.sql.server_without_entra_admin

import rego.v1

deny contains {"msg": msg, "path": ["azuread_administrator"]} if {
	not input.attributes.azuread_administrator
	msg := sprintf("SQL server %s has no Microsoft Entra ID administrator", [input.key])
}
