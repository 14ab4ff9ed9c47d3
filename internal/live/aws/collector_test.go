package aws_test

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"

	liveaws "github.com/plumbsec/plumb/internal/live/aws"
	"github.com/plumbsec/plumb/internal/live/aws/mototest"
	"github.com/plumbsec/plumb/internal/resource"
)

const account = mototest.Account

// collect runs the collector against the shared server with the default options.
func collect(t *testing.T, srv *mototest.Server, opts liveaws.Options) *liveaws.Snapshot {
	t.Helper()
	mototest.Env(t, srv.URL)
	snap, err := liveaws.Collect(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

func byKey(t *testing.T, snap *liveaws.Snapshot, key string) *resource.Resource {
	t.Helper()
	for _, r := range snap.Resources {
		if r.Key == key {
			return r
		}
	}
	var keys []string
	for _, r := range snap.Resources {
		keys = append(keys, r.Key)
	}
	t.Fatalf("no resource %s; have:\n%s", key, strings.Join(keys, "\n"))
	return nil
}

// jsonEqual compares attribute trees as JSON, where int64(22) and 22 agree but "22" and 22
// do not; got must use the canonical Go types (int64 for integers).
func jsonEqual(t *testing.T, what string, got any, want string) {
	t.Helper()
	var w any
	if err := json.Unmarshal([]byte(want), &w); err != nil {
		t.Fatalf("%s: bad want: %v", what, err)
	}
	gb, _ := json.Marshal(got)
	var g any
	_ = json.Unmarshal(gb, &g)
	if !reflect.DeepEqual(g, w) {
		t.Errorf("%s:\n got %s\nwant %s", what, gb, want)
	}
	assertCanonicalTypes(t, what, got)
}

// assertCanonicalTypes fails on any value the policy engine and the store would not take
// as the canonical model's: integers must be int64, lists []any, objects map[string]any.
func assertCanonicalTypes(t *testing.T, where string, v any) {
	t.Helper()
	switch x := v.(type) {
	case nil, bool, string, int64, float64, resource.Unknown:
	case map[string]any:
		for k, e := range x {
			assertCanonicalTypes(t, where+"."+k, e)
		}
	case []any:
		for _, e := range x {
			assertCanonicalTypes(t, where+"[]", e)
		}
	default:
		t.Errorf("%s: %T is not a canonical value", where, v)
	}
}

func TestBucketIsMergedAsTheCanonicalModelSays(t *testing.T) {
	srv := mototest.Shared(t)
	ctx := context.Background()
	c := s3.NewFromConfig(srv.Config(), func(o *s3.Options) { o.UsePathStyle = true })
	b := aws.String("plumb-closed")
	logs := aws.String("plumb-logs")
	must(t, err2(c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: logs, ACL: s3types.BucketCannedACL("log-delivery-write")})))
	must(t, err2(c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: b})))
	must(t, err2(c.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: b,
		VersioningConfiguration: &s3types.VersioningConfiguration{Status: s3types.BucketVersioningStatusEnabled}})))
	must(t, err2(c.PutBucketEncryption(ctx, &s3.PutBucketEncryptionInput{Bucket: b,
		ServerSideEncryptionConfiguration: &s3types.ServerSideEncryptionConfiguration{Rules: []s3types.ServerSideEncryptionRule{{
			ApplyServerSideEncryptionByDefault: &s3types.ServerSideEncryptionByDefault{SSEAlgorithm: s3types.ServerSideEncryptionAwsKms, KMSMasterKeyID: aws.String("alias/data")},
			BucketKeyEnabled:                   aws.Bool(true),
		}}}})))
	must(t, err2(c.PutPublicAccessBlock(ctx, &s3.PutPublicAccessBlockInput{Bucket: b, PublicAccessBlockConfiguration: &s3types.PublicAccessBlockConfiguration{
		BlockPublicAcls: aws.Bool(true), BlockPublicPolicy: aws.Bool(true), IgnorePublicAcls: aws.Bool(true), RestrictPublicBuckets: aws.Bool(false)}})))
	must(t, err2(c.PutBucketLogging(ctx, &s3.PutBucketLoggingInput{Bucket: b, BucketLoggingStatus: &s3types.BucketLoggingStatus{
		LoggingEnabled: &s3types.LoggingEnabled{TargetBucket: logs, TargetPrefix: aws.String("closed/")}}})))
	must(t, err2(c.PutBucketTagging(ctx, &s3.PutBucketTaggingInput{Bucket: b, Tagging: &s3types.Tagging{TagSet: []s3types.Tag{
		{Key: aws.String("team"), Value: aws.String("data")}}}})))
	// A GET-only, TLS-only policy: its Deny keeps plain-HTTP PutObject out, which moto enforces.
	policy := `{"Version":"2012-10-17","Statement":[{"Sid":"tls","Effect":"Deny","Principal":"*","Action":"s3:*",` +
		`"Resource":["arn:aws:s3:::plumb-closed","arn:aws:s3:::plumb-closed/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"},"NumericLessThan":{"s3:TlsVersion":1.2}}}]}`
	must(t, err2(c.PutBucketPolicy(ctx, &s3.PutBucketPolicyInput{Bucket: b, Policy: aws.String(policy)})))

	snap := collect(t, srv, liveaws.Options{})
	r := byKey(t, snap, "arn:aws:s3:::plumb-closed")
	if r.Type != "aws_s3_bucket" || r.Origin != resource.OriginLiveAWS || r.Root != "aws:"+account+"/us-east-1" {
		t.Errorf("type %s origin %s root %s", r.Type, r.Origin, r.Root)
	}
	if got, want := r.LocationOf(resource.Path{"versioning", "enabled"}).File, "<aws://"+account+"/us-east-1/aws_s3_bucket/plumb-closed>"; got != want {
		t.Errorf("location %s, want %s", got, want)
	}
	jsonEqual(t, "bucket", r.Attributes, `{
		"bucket": "plumb-closed",
		"acl": "private",
		"versioning": {"enabled": true, "mfa_delete": false},
		"server_side_encryption": {"rules": [{"sse_algorithm": "aws:kms", "kms_master_key_id": "alias/data", "bucket_key_enabled": true}]},
		"public_access_block": {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": false},
		"logging": {"target_bucket": "plumb-logs", "target_prefix": "closed/"},
		"tags": {"team": "data"},
		"policy": {"Version": "2012-10-17", "Statement": [{"Sid": "tls", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
			"Resource": ["arn:aws:s3:::plumb-closed", "arn:aws:s3:::plumb-closed/*"],
			"Condition": {"Bool": {"aws:SecureTransport": "false"}, "NumericLessThan": {"s3:TlsVersion": 1.2}}}]}
	}`)
	// moto answers log-delivery-write with READ_ACP alone (S3 also grants WRITE), so the log
	// bucket's ACL is left to TestCannedACL.
	if len(snap.Diagnostics) > 0 || len(snap.Partial) > 0 {
		t.Errorf("diagnostics %v, partial %v", snap.Diagnostics, snap.Partial)
	}
}

func TestBucketGrantsThatAreNoCannedACLAreListed(t *testing.T) {
	srv := mototest.Shared(t)
	ctx := context.Background()
	c := s3.NewFromConfig(srv.Config(), func(o *s3.Options) { o.UsePathStyle = true })
	b := aws.String("plumb-shared")
	must(t, err2(c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: b})))
	acl, err := c.GetBucketAcl(ctx, &s3.GetBucketAclInput{Bucket: b})
	must(t, err)
	owner := aws.ToString(acl.Owner.ID)
	must(t, err2(c.PutBucketAcl(ctx, &s3.PutBucketAclInput{Bucket: b, AccessControlPolicy: &s3types.AccessControlPolicy{
		Owner: acl.Owner,
		Grants: []s3types.Grant{
			{Grantee: &s3types.Grantee{Type: s3types.TypeCanonicalUser, ID: acl.Owner.ID}, Permission: s3types.PermissionFullControl},
			{Grantee: &s3types.Grantee{Type: s3types.TypeGroup, URI: aws.String("http://acs.amazonaws.com/groups/global/AuthenticatedUsers")}, Permission: s3types.PermissionRead},
			{Grantee: &s3types.Grantee{Type: s3types.TypeGroup, URI: aws.String("http://acs.amazonaws.com/groups/global/AuthenticatedUsers")}, Permission: s3types.PermissionReadAcp},
		},
	}})))
	r := byKey(t, collect(t, srv, liveaws.Options{}), "arn:aws:s3:::plumb-shared")
	jsonEqual(t, "bucket", r.Attributes, `{"bucket": "plumb-shared", "grants": [
		{"type": "CanonicalUser", "id": "`+owner+`", "permissions": ["FULL_CONTROL"]},
		{"type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AuthenticatedUsers", "permissions": ["READ", "READ_ACP"]}
	]}`)
}

func TestSecurityGroupRulesAreCanonicalRuleObjects(t *testing.T) {
	srv := mototest.Shared(t)
	ctx := context.Background()
	e := ec2.NewFromConfig(srv.Config())
	vpc, err := e.CreateVpc(ctx, &ec2.CreateVpcInput{CidrBlock: aws.String("10.1.0.0/16")})
	must(t, err)
	vpcID := vpc.Vpc.VpcId
	other, err := e.CreateSecurityGroup(ctx, &ec2.CreateSecurityGroupInput{GroupName: aws.String("lb"), Description: aws.String("lb"), VpcId: vpcID})
	must(t, err)
	web, err := e.CreateSecurityGroup(ctx, &ec2.CreateSecurityGroupInput{GroupName: aws.String("web"), Description: aws.String("web tier"), VpcId: vpcID,
		TagSpecifications: []ec2types.TagSpecification{{ResourceType: ec2types.ResourceTypeSecurityGroup, Tags: []ec2types.Tag{{Key: aws.String("Name"), Value: aws.String("web")}}}}})
	must(t, err)
	must(t, err2(e.AuthorizeSecurityGroupIngress(ctx, &ec2.AuthorizeSecurityGroupIngressInput{GroupId: web.GroupId, IpPermissions: []ec2types.IpPermission{
		{IpProtocol: aws.String("tcp"), FromPort: aws.Int32(443), ToPort: aws.Int32(443),
			IpRanges:   []ec2types.IpRange{{CidrIp: aws.String("0.0.0.0/0"), Description: aws.String("https")}, {CidrIp: aws.String("10.0.0.0/8"), Description: aws.String("office")}},
			Ipv6Ranges: []ec2types.Ipv6Range{{CidrIpv6: aws.String("::/0"), Description: aws.String("https")}}},
		{IpProtocol: aws.String("TCP"), FromPort: aws.Int32(8080), ToPort: aws.Int32(8081),
			UserIdGroupPairs: []ec2types.UserIdGroupPair{{GroupId: other.GroupId}, {GroupId: web.GroupId}}},
		{IpProtocol: aws.String("-1"), IpRanges: []ec2types.IpRange{{CidrIp: aws.String("10.1.0.0/16")}}},
	}})))

	snap := collect(t, srv, liveaws.Options{})
	r := byKey(t, snap, "arn:aws:ec2:us-east-1:"+account+":security-group/"+aws.ToString(web.GroupId))
	if r.Type != "aws_security_group" {
		t.Errorf("type %s", r.Type)
	}
	jsonEqual(t, "group", r.Attributes, `{
		"name": "web", "description": "web tier", "vpc_id": "`+aws.ToString(vpcID)+`", "tags": {"Name": "web"},
		"ingress": [
			{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["10.1.0.0/16"]},
			{"protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_blocks": ["0.0.0.0/0"], "ipv6_cidr_blocks": ["::/0"], "description": "https"},
			{"protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_blocks": ["10.0.0.0/8"], "description": "office"},
			{"protocol": "tcp", "from_port": 8080, "to_port": 8081, "security_groups": ["`+aws.ToString(other.GroupId)+`"], "self": true}
		],
		"egress": [{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}]
	}`)
	// The VPC's default group is the Terraform aws_default_security_group.
	var defaults int
	for _, x := range snap.Resources {
		if x.Type == "aws_default_security_group" && x.Attributes["vpc_id"] == aws.ToString(vpcID) {
			defaults++
		}
	}
	if defaults != 1 {
		t.Errorf("%d default groups for the new VPC, want 1", defaults)
	}
}

func TestRegionsAreScopesAndGlobalServicesAreCollectedOnce(t *testing.T) {
	srv := mototest.Shared(t)
	ctx := context.Background()
	eu := srv.Config()
	eu.Region = "eu-west-1"
	c := s3.NewFromConfig(eu, func(o *s3.Options) { o.UsePathStyle = true })
	must(t, err2(c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("plumb-eu"),
		CreateBucketConfiguration: &s3types.CreateBucketConfiguration{LocationConstraint: s3types.BucketLocationConstraintEuWest1}})))
	ap := srv.Config()
	ap.Region = "ap-southeast-2"
	must(t, err2(s3.NewFromConfig(ap, func(o *s3.Options) { o.UsePathStyle = true }).CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("plumb-elsewhere"),
		CreateBucketConfiguration: &s3types.CreateBucketConfiguration{LocationConstraint: s3types.BucketLocationConstraintApSoutheast2}})))
	sg, err := ec2.NewFromConfig(eu).CreateSecurityGroup(ctx, &ec2.CreateSecurityGroupInput{GroupName: aws.String("eu"), Description: aws.String("eu")})
	must(t, err)

	snap := collect(t, srv, liveaws.Options{Regions: []string{"us-east-1", "eu-west-1", "us-east-1"}})
	var scopes []string
	for _, s := range snap.Scopes {
		scopes = append(scopes, s.String())
	}
	if got := strings.Join(scopes, " "); got != "aws:"+account+"/us-east-1 aws:"+account+"/eu-west-1" {
		t.Errorf("scopes %s", got)
	}
	b := byKey(t, snap, "arn:aws:s3:::plumb-eu")
	if b.Root != "aws:"+account+"/eu-west-1" || b.LocationOf(nil).File != "<aws://"+account+"/eu-west-1/aws_s3_bucket/plumb-eu>" {
		t.Errorf("bucket in eu-west-1: root %s, location %s", b.Root, b.LocationOf(nil))
	}
	g := byKey(t, snap, "arn:aws:ec2:eu-west-1:"+account+":security-group/"+aws.ToString(sg.GroupId))
	if g.Root != "aws:"+account+"/eu-west-1" {
		t.Errorf("group in eu-west-1: root %s", g.Root)
	}
	count := map[string]int{}
	for _, r := range snap.Resources {
		count[r.Type+" "+r.Root]++
		if r.Key == "arn:aws:s3:::plumb-elsewhere" {
			t.Error("a bucket of a region not asked for was collected")
		}
	}
	for _, k := range []string{"aws_default_security_group aws:" + account + "/us-east-1", "aws_default_security_group aws:" + account + "/eu-west-1",
		"aws_ebs_encryption_by_default aws:" + account + "/eu-west-1", "aws_iam_account_password_policy aws:" + account + "/us-east-1"} {
		if count[k] != 1 {
			t.Errorf("%d × %s, want 1", count[k], k)
		}
	}
	if count["aws_iam_account_password_policy aws:"+account+"/eu-west-1"] != 0 {
		t.Error("IAM collected again in the second region")
	}
}
