# METADATA
# title: MSK cluster allows unauthenticated clients
# description: >-
#   A cluster without client_authentication, or with unauthenticated = true in it, lets any
#   client that reaches a broker produce, consume and (without Kafka ACLs) change topics
#   with no identity at all.
# custom:
#   id: PLB-AWS-MSK-003
#   severity: high
#   types: [aws_msk_cluster]
#   remediation: >-
#     Add client_authentication with sasl { iam = true } (or SCRAM or mutual TLS) and
#     unauthenticated = false, then move clients to the authenticated listener.
#   controls:
#     nist-800-53: ["IA-2", "AC-3"]
#     pci-dss: ["8.2.1"]
#     hipaa: ["164.312(d)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.5"]
package plumb.rules.aws.msk.unauthenticated_access

import rego.v1

auth_block if count(input.attributes.client_authentication) > 0

deny contains {"msg": msg, "path": []} if {
	not auth_block
	msg := sprintf("MSK cluster %s has no client_authentication, so clients connect without credentials", [input.key])
}

deny contains {"msg": msg, "path": ["client_authentication", i, "unauthenticated"]} if {
	some i, auth in input.attributes.client_authentication
	auth.unauthenticated == true
	msg := sprintf("MSK cluster %s allows unauthenticated clients", [input.key])
}
