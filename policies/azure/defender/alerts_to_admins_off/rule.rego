# METADATA
# title: Defender for Cloud does not email security alerts to subscription owners
# description: >-
#   With alerts_to_admins = false the subscription's owners and administrators are not told
#   of Defender for Cloud alerts, leaving a single mailbox as the only route to the people
#   who can act on them.
# custom:
#   id: PLB-AZURE-DEFENDER-002
#   severity: low
#   types: [azurerm_security_center_contact]
#   remediation: >-
#     Set alerts_to_admins = true on the security contact.
#   controls:
#     nist-800-53: ["IR-6"]
#     pci-dss: ["12.10.1"]
#     soc2: ["CC7.3"]
#     iso-27001: ["A.5.24"]
package plumb.rules.azure.defender.alerts_to_admins_off

import rego.v1

deny contains {"msg": msg, "path": ["alerts_to_admins"]} if {
	input.attributes.alerts_to_admins == false
	msg := sprintf("security contact %s does not copy alerts to subscription owners", [input.key])
}
