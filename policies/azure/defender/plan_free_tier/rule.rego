# METADATA
# title: Defender for Cloud plan is on the Free tier
# description: >-
#   On the Free tier a Defender plan gives posture recommendations only: no threat detection,
#   vulnerability assessment or alerts for that resource type (servers, storage, SQL,
#   containers, Key Vault, …). Declaring a plan with tier = "Free" switches that protection
#   off.
# custom:
#   id: PLB-AZURE-DEFENDER-003
#   severity: medium
#   types: [azurerm_security_center_subscription_pricing]
#   remediation: >-
#     Set tier = "Standard" for the plan's resource_type.
#   controls:
#     nist-800-53: ["SI-4", "RA-5"]
#     pci-dss: ["11.5.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.16"]
package plumb.rules.azure.defender.plan_free_tier

import rego.v1

deny contains {"msg": msg, "path": ["tier"]} if {
	input.attributes.tier == "Free"
	msg := sprintf("Defender plan %s (%s) is on the Free tier: no threat detection", [input.key, resource_type])
}

# Absent means the provider's default.
default resource_type := "VirtualMachines"

resource_type := input.attributes.resource_type
