# METADATA
# title: Redis cache listens on its unencrypted port
# description: >-
#   Enabling the non-TLS port (6379) lets clients send the access key and cached data in
#   clear text. It is off unless non_ssl_port_enabled (enable_non_ssl_port in provider v3) is
#   true.
# custom:
#   id: PLB-AZURE-REDIS-001
#   severity: high
#   types: [azurerm_redis_cache]
#   remediation: >-
#     Set non_ssl_port_enabled = false (or remove it) and connect on port 6380 with TLS.
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.redis.non_ssl_port_enabled

import rego.v1

deny contains {"msg": msg, "path": [attr]} if {
	some attr in on
	msg := sprintf("Redis cache %s accepts unencrypted connections on port 6379", [input.key])
}

# Provider v4 and v3 names.
on contains "non_ssl_port_enabled" if input.attributes.non_ssl_port_enabled == true

on contains "enable_non_ssl_port" if input.attributes.enable_non_ssl_port == true
