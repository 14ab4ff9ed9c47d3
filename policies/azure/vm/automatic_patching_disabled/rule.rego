# METADATA
# title: Windows virtual machine does not install updates automatically
# description: >-
#   patch_mode = "Manual" or automatic updates turned off (automatic_updates_enabled in
#   provider v4, enable_automatic_updates in v3) leave security updates uninstalled until
#   someone patches the machine by hand. The defaults (AutomaticByOS, updates on) patch it.
# custom:
#   id: PLB-AZURE-VM-004
#   severity: medium
#   types: [azurerm_windows_virtual_machine]
#   remediation: >-
#     Use patch_mode = "AutomaticByPlatform" (or "AutomaticByOS") and leave automatic updates
#     on.
#   controls:
#     nist-800-53: ["SI-2"]
#     pci-dss: ["6.3.3"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.8"]
package plumb.rules.azure.vm.automatic_patching_disabled

import rego.v1

deny contains {"msg": msg, "path": ["patch_mode"]} if {
	input.attributes.patch_mode == "Manual"
	msg := sprintf("Windows VM %s is patched manually", [input.key])
}

deny contains {"msg": msg, "path": [attr]} if {
	some attr in updates_off
	msg := sprintf("Windows VM %s has automatic updates turned off", [input.key])
}

# Provider v4 and v3 names.
updates_off contains "automatic_updates_enabled" if input.attributes.automatic_updates_enabled == false

updates_off contains "enable_automatic_updates" if input.attributes.enable_automatic_updates == false
