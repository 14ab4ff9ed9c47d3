# METADATA
# title: Linux virtual machine allows SSH password login
# description: >-
#   With disable_password_authentication = false the machine accepts SSH logins with the
#   admin password, which can be guessed or sprayed; keys cannot. It defaults to true on
#   azurerm_linux_virtual_machine and its scale set; the legacy azurerm_virtual_machine
#   states it in os_profile_linux_config.
# custom:
#   id: PLB-AZURE-VM-001
#   severity: high
#   types: [azurerm_linux_virtual_machine, azurerm_linux_virtual_machine_scale_set, azurerm_virtual_machine]
#   remediation: >-
#     Set disable_password_authentication = true (or remove it) and give admin_ssh_key blocks
#     instead of admin_password.
#   controls:
#     nist-800-53: ["IA-2", "IA-5"]
#     pci-dss: ["8.3.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.5"]
package plumb.rules.azure.vm.password_authentication_enabled

import rego.v1

deny contains {"msg": msg, "path": ["disable_password_authentication"]} if {
	input.attributes.disable_password_authentication == false
	msg := sprintf("%s allows SSH logins with a password", [input.key])
}

deny contains {"msg": msg, "path": ["os_profile_linux_config", i, "disable_password_authentication"]} if {
	some i, c in input.attributes.os_profile_linux_config
	c.disable_password_authentication == false
	msg := sprintf("%s allows SSH logins with a password", [input.key])
}
