# METADATA
# title: Application Gateway accepts TLS versions older than 1.2
# description: >-
#   An ssl_policy with min_protocol_version TLSv1_0 or TLSv1_1, or one of the predefined
#   policies AppGwSslPolicy20150501 or AppGwSslPolicy20170401 (both allow TLS 1.0/1.1), lets
#   clients negotiate deprecated protocol versions on the gateway's listeners.
# custom:
#   id: PLB-AZURE-APPGW-003
#   severity: medium
#   types: [azurerm_application_gateway]
#   remediation: >-
#     Use ssl_policy { policy_type = "Predefined", policy_name = "AppGwSslPolicy20220101" }
#     (or a custom policy with min_protocol_version = "TLSv1_2").
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.appgw.ssl_policy_weak

import rego.v1

deny contains {"msg": msg, "path": ["ssl_policy", i, "min_protocol_version"]} if {
	some i, p in input.attributes.ssl_policy
	p.min_protocol_version in {"TLSv1_0", "TLSv1_1"}
	msg := sprintf("Application Gateway %s accepts %s", [input.key, p.min_protocol_version])
}

deny contains {"msg": msg, "path": ["ssl_policy", i, "policy_name"]} if {
	some i, p in input.attributes.ssl_policy
	p.policy_name in {"AppGwSslPolicy20150501", "AppGwSslPolicy20170401"}
	msg := sprintf("Application Gateway %s uses %s, which accepts TLS 1.0", [input.key, p.policy_name])
}
