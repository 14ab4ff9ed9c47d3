# METADATA
# title: AKS cluster is not upgraded automatically
# description: >-
#   Kubernetes minor versions are supported for about a year and patch releases fix security
#   flaws. Without an automatic upgrade channel (automatic_upgrade_channel in provider v4,
#   automatic_channel_upgrade in v3; unset or "none" means never) the cluster stays on
#   vulnerable versions until someone upgrades it by hand.
# custom:
#   id: PLB-AZURE-AKS-008
#   severity: low
#   types: [azurerm_kubernetes_cluster]
#   remediation: >-
#     Set automatic_upgrade_channel = "patch" (or "stable") with a maintenance window that
#     suits the workload.
#   controls:
#     nist-800-53: ["SI-2"]
#     pci-dss: ["6.3.3"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.8"]
package plumb.rules.azure.aks.automatic_upgrade_disabled

import rego.v1

deny contains {"msg": msg, "path": [attr]} if {
	not channel_set
	attr := name
	msg := sprintf("AKS cluster %s has no automatic upgrade channel", [input.key])
}

# Provider v4 and v3 names; an unknown channel counts as set.
channel_set if input.attributes.automatic_upgrade_channel != "none"

channel_set if input.attributes.automatic_channel_upgrade != "none"

default name := "automatic_upgrade_channel"

name := "automatic_channel_upgrade" if _ := input.attributes.automatic_channel_upgrade
