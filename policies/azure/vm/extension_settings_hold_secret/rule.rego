# METADATA
# title: VM extension passes a secret in its public settings
# description: >-
#   An extension's settings are stored in clear in the VM model and returned to anyone with
#   Reader on the VM; only protected_settings are encrypted and withheld. A key in settings
#   named like a password, secret, token or storage account key puts that credential in view
#   of every reader of the subscription.
# custom:
#   id: PLB-AZURE-VM-003
#   severity: high
#   types: [azurerm_virtual_machine_extension, azurerm_virtual_machine_scale_set_extension]
#   remediation: >-
#     Move the value to protected_settings (or fetch it from Key Vault at run time) and
#     rotate the exposed credential.
#   controls:
#     nist-800-53: ["IA-5"]
#     pci-dss: ["8.6.2"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
package plumb.rules.azure.vm.extension_settings_hold_secret

import rego.v1

deny contains {"msg": msg, "path": ["settings"]} if {
	s := input.attributes.settings
	is_string(s)
	json.is_valid(s)
	doc := json.unmarshal(s)
	is_object(doc)
	some k, _ in doc
	secret_name(k)
	msg := sprintf("extension %s has %q in its public settings; use protected_settings", [input.key, k])
}

secret_name(k) if {
	n := lower(k)
	some w in ["password", "secret", "token", "accountkey", "privatekey", "connectionstring", "sastoken"]
	contains(n, w)
}
