# METADATA
# title: Storage account allows object replication to other tenants
# description: >-
#   With cross-tenant replication allowed, anyone who can write an object replication policy
#   on the account can copy its blobs to an account in a tenant the organisation does not
#   control. Provider v4 defaults cross_tenant_replication_enabled to false (v3 defaulted to
#   true); this rule follows v4 and fires only when it is set to true.
# custom:
#   id: PLB-AZURE-STORAGE-011
#   severity: medium
#   types: [azurerm_storage_account]
#   remediation: >-
#     Set cross_tenant_replication_enabled = false (or remove it under provider v4).
#   controls:
#     nist-800-53: ["AC-4", "AC-21"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.14"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.storage.cross_tenant_replication_enabled

import rego.v1

deny contains {"msg": msg, "path": ["cross_tenant_replication_enabled"]} if {
	input.attributes.cross_tenant_replication_enabled == true
	msg := sprintf("storage account %s allows object replication to accounts in other tenants", [input.key])
}
