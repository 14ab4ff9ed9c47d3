# METADATA
# title: Redis cache accepts connections from public networks
# description: >-
#   public_network_access_enabled defaults to true, putting the cache's endpoint on the
#   internet behind only its access key and firewall rules. Caches injected into a virtual
#   network (subnet_id) or with public access turned off pass.
# custom:
#   id: PLB-AZURE-REDIS-003
#   severity: medium
#   types: [azurerm_redis_cache]
#   remediation: >-
#     Set public_network_access_enabled = false and connect through a private endpoint.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.redis.public_network_access

import rego.v1

deny contains {"msg": msg, "path": ["public_network_access_enabled"]} if {
	public_network_access_enabled == true
	not input.attributes.subnet_id
	msg := sprintf("Redis cache %s accepts connections from public networks", [input.key])
}

# Absent means the provider's default.
default public_network_access_enabled := true

public_network_access_enabled := input.attributes.public_network_access_enabled
