# METADATA
# title: AKS nodes do not encrypt temporary disks and caches
# description: >-
#   Encryption at host encrypts the nodes' temporary disks and OS/data disk caches, which
#   otherwise hold container layers, logs and secrets mounted into pods unencrypted on the
#   host. host_encryption_enabled (enable_host_encryption in provider v3) defaults to false,
#   on the cluster's default_node_pool and on azurerm_kubernetes_cluster_node_pool alike.
# custom:
#   id: PLB-AZURE-AKS-007
#   severity: low
#   types: [azurerm_kubernetes_cluster, azurerm_kubernetes_cluster_node_pool]
#   remediation: >-
#     Set host_encryption_enabled = true on each node pool (the EncryptionAtHost feature must
#     be registered on the subscription).
#   controls:
#     nist-800-53: ["SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.aks.host_encryption_disabled

import rego.v1

deny contains {"msg": msg, "path": array.concat(base, [attr])} if {
	some [base, pool] in pools
	attr := name(pool)
	object.get(pool, attr, false) == false
	msg := sprintf("%s has node pools without encryption at host", [input.key])
}

pools contains [["default_node_pool", i], p] if some i, p in input.attributes.default_node_pool

pools contains [[], input.attributes] if input.type == "azurerm_kubernetes_cluster_node_pool"

default name(_) := "host_encryption_enabled"

name(pool) := "enable_host_encryption" if "enable_host_encryption" in object.keys(pool)
