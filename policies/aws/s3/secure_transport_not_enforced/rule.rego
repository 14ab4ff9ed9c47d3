# METADATA
# title: S3 bucket policy does not deny requests over plain HTTP
# description: >-
#   S3 accepts unencrypted HTTP requests unless the bucket policy refuses them. Denying every
#   request where aws:SecureTransport is false keeps credentials and object data off the wire
#   in clear text, whatever client or SDK setting is used.
# custom:
#   id: PLB-AWS-S3-010
#   severity: low
#   types: [aws_s3_bucket]
#   remediation: >-
#     Add a statement to the bucket policy with Effect = "Deny", Principal = "*", Action =
#     "s3:*", the bucket and bucket/* as Resource, and Condition = { Bool = {
#     "aws:SecureTransport" = "false" } }.
#   controls:
#     cis-aws: ["2.1.1"]
#     nist-800-53: ["SC-8"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     none: the statement belongs in the bucket policy, which a fix must not rewrite
package plumb.rules.aws.s3.secure_transport_not_enforced

import rego.v1

import data.plumb.lib.aws

denies_insecure_transport if {
	some ref in aws.b1_policy_statement_refs(input.attributes.policy)
	ref.statement.Effect == "Deny"
	some value in aws.b1_policy_value_list(ref.statement.Condition.Bool["aws:SecureTransport"])
	value in {false, "false"}
}

deny contains {"msg": msg, "path": ["policy"]} if {
	not denies_insecure_transport
	msg := sprintf("bucket %s has no policy statement denying requests without TLS (aws:SecureTransport)", [input.key])
}
