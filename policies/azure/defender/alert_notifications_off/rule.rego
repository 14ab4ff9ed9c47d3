# METADATA
# title: Defender for Cloud does not email security alerts to the contact
# description: >-
#   A security contact with alert_notifications = false receives no email when Defender for
#   Cloud raises a high-severity alert, so attacks it detects can go unnoticed until someone
#   opens the portal.
# custom:
#   id: PLB-AZURE-DEFENDER-001
#   severity: medium
#   types: [azurerm_security_center_contact]
#   remediation: >-
#     Set alert_notifications = true on the security contact.
#   controls:
#     nist-800-53: ["IR-6"]
#     pci-dss: ["12.10.1"]
#     soc2: ["CC7.3"]
#     iso-27001: ["A.5.24"]
package plumb.rules.azure.defender.alert_notifications_off

import rego.v1

deny contains {"msg": msg, "path": ["alert_notifications"]} if {
	input.attributes.alert_notifications == false
	msg := sprintf("security contact %s does not receive alert emails", [input.key])
}
