# METADATA
# title: SQL server encrypts databases with a service-managed key
# description: >-
#   By default transparent data encryption uses a key Microsoft manages. A customer-managed
#   TDE protector in Key Vault (an azurerm_mssql_server_transparent_data_encryption resource
#   or the server's transparent_data_encryption_key_vault_key_id) lets the organisation
#   rotate and audit the key and cut off access to every database by revoking it.
# custom:
#   id: PLB-AZURE-SQL-010
#   severity: low
#   types: [azurerm_mssql_server]
#   remediation: >-
#     Give the server an identity with access to a Key Vault key and set
#     transparent_data_encryption_key_vault_key_id, or add
#     azurerm_mssql_server_transparent_data_encryption with key_vault_key_id.
#   controls:
#     nist-800-53: ["SC-12", "SC-28"]
#     pci-dss: ["3.6.1"]
#     iso-27001: ["A.8.24"]
package plumb.rules.azure.sql.tde_not_customer_managed

import rego.v1

deny contains {"msg": msg, "path": path} if {
	not input.attributes.transparent_data_encryption_key_vault_key_id
	not customer_key
	path := tde_path
	msg := sprintf("SQL server %s protects TDE with a service-managed key", [input.key])
}

# A merged azurerm_mssql_server_transparent_data_encryption is where the key belongs.
default tde_path := ["transparent_data_encryption_key_vault_key_id"]

tde_path := ["transparent_data_encryption", 0, "key_vault_key_id"] if count(input.attributes.transparent_data_encryption) > 0

customer_key if {
	some t in input.attributes.transparent_data_encryption
	some k in ["key_vault_key_id", "managed_hsm_key_id"]
	t[k]
}
