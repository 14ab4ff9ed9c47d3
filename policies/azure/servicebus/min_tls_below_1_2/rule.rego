# METADATA
# title: Service Bus namespace accepts TLS versions older than 1.2
# description: >-
#   minimum_tls_version set to 1.0 or 1.1 lets clients negotiate deprecated TLS versions when
#   sending and receiving messages. The provider v4 default is 1.2.
# custom:
#   id: PLB-AZURE-SERVICEBUS-001
#   severity: medium
#   types: [azurerm_servicebus_namespace]
#   remediation: >-
#     Set minimum_tls_version = "1.2" (or remove it).
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.servicebus.min_tls_below_1_2

import rego.v1

deny contains {"msg": msg, "path": ["minimum_tls_version"]} if {
	v := input.attributes.minimum_tls_version
	v in {"1.0", "1.1"}
	msg := sprintf("Service Bus namespace %s accepts TLS %s", [input.key, v])
}
