package aws

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
)

func TestCannedACL(t *testing.T) {
	owner := &s3types.Grantee{Type: s3types.TypeCanonicalUser, ID: aws.String("me")}
	stranger := &s3types.Grantee{Type: s3types.TypeCanonicalUser, ID: aws.String("them")}
	group := func(uri string) *s3types.Grantee {
		return &s3types.Grantee{Type: s3types.TypeGroup, URI: aws.String(uri)}
	}
	g := func(who *s3types.Grantee, p s3types.Permission) s3types.Grant {
		return s3types.Grant{Grantee: who, Permission: p}
	}
	for _, c := range []struct {
		name   string
		grants []s3types.Grant
		want   string // "" for none
	}{
		{"private", []s3types.Grant{g(owner, "FULL_CONTROL")}, "private"},
		{"public-read", []s3types.Grant{g(group(groupAllUsers), "READ"), g(owner, "FULL_CONTROL")}, "public-read"},
		{"public-read-write", []s3types.Grant{g(owner, "FULL_CONTROL"), g(group(groupAllUsers), "WRITE"), g(group(groupAllUsers), "READ")}, "public-read-write"},
		{"authenticated-read", []s3types.Grant{g(owner, "FULL_CONTROL"), g(group(groupAuthenticatedUsers), "READ")}, "authenticated-read"},
		{"log-delivery-write", []s3types.Grant{g(owner, "FULL_CONTROL"), g(group(groupLogDelivery), "WRITE"), g(group(groupLogDelivery), "READ_ACP")}, "log-delivery-write"},
		{"a repeated grant is one grant", []s3types.Grant{g(owner, "FULL_CONTROL"), g(owner, "FULL_CONTROL")}, "private"},
		{"another account", []s3types.Grant{g(owner, "FULL_CONTROL"), g(stranger, "READ")}, ""},
		{"public read of the ACL only", []s3types.Grant{g(owner, "FULL_CONTROL"), g(group(groupAllUsers), "READ_ACP")}, ""},
		{"no owner grant", []s3types.Grant{g(group(groupAllUsers), "READ")}, ""},
		{"no grants", nil, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := cannedACL("me", c.grants)
			if got != c.want || ok != (c.want != "") {
				t.Errorf("cannedACL = %q, %v; want %q", got, ok, c.want)
			}
		})
	}
}
