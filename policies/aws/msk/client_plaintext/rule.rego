# METADATA
# title: MSK cluster accepts plaintext client connections
# description: >-
#   encryption_in_transit { client_broker = "PLAINTEXT" } (or "TLS_PLAINTEXT") lets clients
#   produce and consume messages without TLS, so the messages, and SASL/SCRAM credentials,
#   cross the network in clear text. The default is TLS.
# custom:
#   id: PLB-AWS-MSK-001
#   severity: high
#   types: [aws_msk_cluster]
#   remediation: >-
#     Set client_broker = "TLS" in encryption_info.encryption_in_transit (from
#     TLS_PLAINTEXT once every client uses TLS).
#   controls:
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.msk.client_plaintext

import rego.v1

deny contains {"msg": msg, "path": ["encryption_info", i, "encryption_in_transit", j, "client_broker"]} if {
	some i, info in input.attributes.encryption_info
	some j, transit in info.encryption_in_transit
	transit.client_broker in {"PLAINTEXT", "TLS_PLAINTEXT"}
	msg := sprintf("MSK cluster %s accepts client connections without TLS (%s)", [input.key, transit.client_broker])
}
