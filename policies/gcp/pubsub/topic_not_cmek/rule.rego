# METADATA
# title: Pub/Sub topic is not encrypted with a customer-managed key
# description: >-
#   Without kms_key_name, messages stored in the topic are encrypted with keys Google manages,
#   so the organisation cannot rotate, disable or audit use of the key that protects them.
# custom:
#   id: PLB-GCP-PUBSUB-001
#   severity: low
#   types: [google_pubsub_topic]
#   remediation: >-
#     Set kms_key_name = google_kms_crypto_key.<key>.id on the topic and grant the Pub/Sub
#     service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on the key.
#   controls:
#     nist-800-53: ["SC-12", "SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.pubsub.topic_not_cmek

import rego.v1

deny contains {"msg": msg, "path": ["kms_key_name"]} if {
	no_kms_key_name
	msg := sprintf("topic %s encrypts messages with Google-managed keys only", [input.key])
}

# Plans and state files report an argument that was not set as [] or "".
no_kms_key_name if not input.attributes.kms_key_name

no_kms_key_name if input.attributes.kms_key_name in {[], ""}
