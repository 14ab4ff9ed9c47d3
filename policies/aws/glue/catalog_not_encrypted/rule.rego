# METADATA
# title: Glue Data Catalog metadata is not encrypted
# description: >-
#   catalog_encryption_mode = "DISABLED" leaves the Data Catalog's databases, tables,
#   partitions and connection definitions unencrypted: table schemas, S3 locations and
#   connection details of the whole data lake.
# custom:
#   id: PLB-AWS-GLUE-001
#   severity: medium
#   types: [aws_glue_data_catalog_encryption_settings]
#   remediation: >-
#     Set catalog_encryption_mode = "SSE-KMS" (with sse_aws_kms_key_id for a customer
#     managed key) in encryption_at_rest.
#   controls:
#     nist-800-53: ["SC-28", "SC-28(1)"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.glue.catalog_not_encrypted

import rego.v1

deny contains {"msg": msg, "path": ["data_catalog_encryption_settings", i, "encryption_at_rest", j, "catalog_encryption_mode"]} if {
	some i, settings in input.attributes.data_catalog_encryption_settings
	some j, at_rest in settings.encryption_at_rest
	at_rest.catalog_encryption_mode == "DISABLED"
	msg := sprintf("%s leaves the Glue Data Catalog unencrypted", [input.key])
}
