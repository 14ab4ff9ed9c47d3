# METADATA
# title: BigQuery dataset does not encrypt new tables with a customer-managed key
# description: >-
#   Without default_encryption_configuration, tables created in the dataset are encrypted with
#   keys Google manages, so the organisation cannot rotate, disable or audit use of the key
#   that protects the data.
# custom:
#   id: PLB-GCP-BQ-002
#   severity: low
#   types: [google_bigquery_dataset]
#   remediation: >-
#     Add default_encryption_configuration { kms_key_name = google_kms_crypto_key.<key>.id }
#     and grant the BigQuery service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on it.
#   controls:
#     nist-800-53: ["SC-12", "SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.bigquery.dataset_not_cmek

import rego.v1

deny contains {"msg": msg, "path": ["default_encryption_configuration"]} if {
	no_default_encryption_configuration
	msg := sprintf("dataset %s encrypts new tables with Google-managed keys only", [input.key])
}

# Plans and state files report an argument that was not set as [] or "".
no_default_encryption_configuration if not input.attributes.default_encryption_configuration

no_default_encryption_configuration if input.attributes.default_encryption_configuration in {[], ""}
