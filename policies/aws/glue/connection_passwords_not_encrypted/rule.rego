# METADATA
# title: Glue Data Catalog returns connection passwords unencrypted
# description: >-
#   return_connection_password_encrypted = false makes GetConnection return the passwords
#   of Glue connections (JDBC databases, Kafka, MongoDB) in clear text to every principal
#   allowed to read the catalog, not only to those allowed to use the KMS key.
# custom:
#   id: PLB-AWS-GLUE-002
#   severity: medium
#   types: [aws_glue_data_catalog_encryption_settings]
#   remediation: >-
#     Set return_connection_password_encrypted = true (with aws_kms_key_id) in
#     connection_password_encryption.
#   controls:
#     nist-800-53: ["SC-28", "IA-5(7)"]
#     pci-dss: ["8.3.2"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17", "A.8.24"]
package plumb.rules.aws.glue.connection_passwords_not_encrypted

import rego.v1

deny contains {"msg": msg, "path": ["data_catalog_encryption_settings", i, "connection_password_encryption", j, "return_connection_password_encrypted"]} if {
	some i, settings in input.attributes.data_catalog_encryption_settings
	some j, pwd in settings.connection_password_encryption
	pwd.return_connection_password_encrypted == false
	msg := sprintf("%s lets the Glue Data Catalog return connection passwords in clear text", [input.key])
}
