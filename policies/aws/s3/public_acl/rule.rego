# METADATA
# title: S3 bucket ACL grants access to everyone or to any AWS account
# description: >-
#   A canned ACL of public-read, public-read-write or authenticated-read, or a grant to the
#   AllUsers or AuthenticatedUsers group, lets anyone on the internet (or anyone holding any
#   AWS account) list or read the bucket, and with write access, plant or overwrite objects.
# custom:
#   id: PLB-AWS-S3-001
#   severity: high
#   types: [aws_s3_bucket]
#   remediation: >-
#     Set acl = "private" (or remove the ACL and set object_ownership = "BucketOwnerEnforced" in
#     aws_s3_bucket_ownership_controls), drop grants whose grantee uri is the AllUsers or
#     AuthenticatedUsers group, and share objects through a bucket policy or CloudFront instead.
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
package plumb.rules.aws.s3.public_acl

import rego.v1

public_canned_acls := {"public-read", "public-read-write", "authenticated-read"}

public_groups := {
	"http://acs.amazonaws.com/groups/global/AllUsers",
	"http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
}

deny contains {"msg": msg, "path": ["acl"]} if {
	acl := input.attributes.acl
	acl in public_canned_acls
	msg := sprintf("bucket %s has the canned ACL %q, which opens it beyond the account", [input.key, acl])
}

deny contains {"msg": msg, "path": ["grants", i, "uri"]} if {
	some i, grant in input.attributes.grants
	grant.uri in public_groups
	msg := sprintf("bucket %s grants %v to the group %s", [input.key, object.get(grant, "permissions", []), grant.uri])
}
