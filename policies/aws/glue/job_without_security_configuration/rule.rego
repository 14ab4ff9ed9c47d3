# METADATA
# title: Glue job runs without a security configuration
# description: >-
#   A Glue job without security_configuration writes its S3 output, CloudWatch logs and job
#   bookmarks with no Glue-managed encryption, whatever the data it processes.
# custom:
#   id: PLB-AWS-GLUE-004
#   severity: low
#   types: [aws_glue_job]
#   remediation: >-
#     Create an aws_glue_security_configuration with KMS encryption for S3, CloudWatch
#     and job bookmarks, and set security_configuration on the aws_glue_job.
#   controls:
#     nist-800-53: ["SC-28", "SC-28(1)"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.glue.job_without_security_configuration

import rego.v1

configuration_set if _ = input.attributes.security_configuration

deny contains {"msg": msg, "path": []} if {
	not configuration_set
	msg := sprintf("Glue job %s has no security configuration", [input.key])
}
