# METADATA
# title: Test helpers
# description: A helper package that reads input itself, to test that reads are followed.
package test.helpers

public_acl if input.attributes.acl in {"public-read", "public-read-write"}
