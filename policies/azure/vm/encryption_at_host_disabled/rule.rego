# METADATA
# title: Virtual machine does not encrypt temporary disks and caches
# description: >-
#   Managed disks are encrypted at rest by the storage service, but the temporary disk and
#   the disk caches on the host are not unless encryption_at_host_enabled = true (default
#   false). They hold page files, swap and cached data in clear.
# custom:
#   id: PLB-AZURE-VM-002
#   severity: low
#   types: [azurerm_linux_virtual_machine, azurerm_windows_virtual_machine, azurerm_linux_virtual_machine_scale_set, azurerm_windows_virtual_machine_scale_set]
#   remediation: >-
#     Set encryption_at_host_enabled = true (the EncryptionAtHost feature must be registered
#     on the subscription).
#   controls:
#     nist-800-53: ["SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.vm.encryption_at_host_disabled

import rego.v1

deny contains {"msg": msg, "path": ["encryption_at_host_enabled"]} if {
	encryption_at_host_enabled == false
	msg := sprintf("%s does not enable encryption at host", [input.key])
}

# Absent means the provider's default.
default encryption_at_host_enabled := false

encryption_at_host_enabled := input.attributes.encryption_at_host_enabled
