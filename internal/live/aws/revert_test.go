package aws_test

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"

	liveaws "github.com/plumbsec/plumb/internal/live/aws"
	"github.com/plumbsec/plumb/internal/live/aws/mototest"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

func collectByKey(t *testing.T, endpoint string) map[string]*resource.Resource {
	t.Helper()
	snap, err := liveaws.Collect(context.Background(), liveaws.Options{Endpoint: endpoint, Regions: []string{mototest.Region}})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*resource.Resource{}
	for _, r := range snap.Resources {
		out[r.Key] = r
	}
	return out
}

// TestRevertAWS: a bucket and a security group changed in every part Plumb writes back are
// restored to the baseline: collected again, they read exactly as they did when baselined.
func TestRevertAWS(t *testing.T) {
	srv := mototest.Shared(t)
	mototest.Env(t, "")
	ctx := context.Background()
	s3c := s3.NewFromConfig(srv.Config(), func(o *s3.Options) { o.UsePathStyle = true })
	ec2c := ec2.NewFromConfig(srv.Config())
	b := aws.String("plumb-revert")
	must(t, err2(s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: b})))
	must(t, err2(s3c.PutPublicAccessBlock(ctx, &s3.PutPublicAccessBlockInput{Bucket: b, PublicAccessBlockConfiguration: &s3types.PublicAccessBlockConfiguration{
		BlockPublicAcls: aws.Bool(true), BlockPublicPolicy: aws.Bool(true), IgnorePublicAcls: aws.Bool(true), RestrictPublicBuckets: aws.Bool(true)}})))
	must(t, err2(s3c.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: b, VersioningConfiguration: &s3types.VersioningConfiguration{Status: s3types.BucketVersioningStatusEnabled}})))
	must(t, err2(s3c.PutBucketEncryption(ctx, &s3.PutBucketEncryptionInput{Bucket: b, ServerSideEncryptionConfiguration: &s3types.ServerSideEncryptionConfiguration{
		Rules: []s3types.ServerSideEncryptionRule{{ApplyServerSideEncryptionByDefault: &s3types.ServerSideEncryptionByDefault{SSEAlgorithm: s3types.ServerSideEncryptionAwsKms, KMSMasterKeyID: aws.String("alias/data")}}}}})))
	must(t, err2(s3c.PutBucketPolicy(ctx, &s3.PutBucketPolicyInput{Bucket: b, Policy: aws.String(`{"Version":"2012-10-17","Statement":[{"Sid":"TLS","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::plumb-revert","arn:aws:s3:::plumb-revert/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}`)})))
	must(t, err2(s3c.PutBucketTagging(ctx, &s3.PutBucketTaggingInput{Bucket: b, Tagging: &s3types.Tagging{TagSet: []s3types.Tag{{Key: aws.String("team"), Value: aws.String("data")}}}})))

	vpc, err := ec2c.CreateVpc(ctx, &ec2.CreateVpcInput{CidrBlock: aws.String("10.9.0.0/16")})
	must(t, err)
	sg, err := ec2c.CreateSecurityGroup(ctx, &ec2.CreateSecurityGroupInput{GroupName: aws.String("web"), Description: aws.String("web"), VpcId: vpc.Vpc.VpcId})
	must(t, err)
	https := ec2types.IpPermission{IpProtocol: aws.String("tcp"), FromPort: aws.Int32(443), ToPort: aws.Int32(443), IpRanges: []ec2types.IpRange{{CidrIp: aws.String("0.0.0.0/0"), Description: aws.String("https")}}}
	must(t, err2(ec2c.AuthorizeSecurityGroupIngress(ctx, &ec2.AuthorizeSecurityGroupIngressInput{GroupId: sg.GroupId, IpPermissions: []ec2types.IpPermission{https}})))

	baseline := collectByKey(t, srv.URL)
	bucketKey := "arn:aws:s3:::plumb-revert"
	sgKey := "arn:aws:ec2:" + mototest.Region + ":" + account + ":security-group/" + aws.ToString(sg.GroupId)
	if baseline[bucketKey] == nil || baseline[sgKey] == nil {
		t.Fatalf("baseline lacks %s or %s", bucketKey, sgKey)
	}

	// Drift: every part of the bucket, HTTPS removed and SSH opened to the world, a tag.
	must(t, err2(s3c.DeletePublicAccessBlock(ctx, &s3.DeletePublicAccessBlockInput{Bucket: b})))
	must(t, err2(s3c.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: b, VersioningConfiguration: &s3types.VersioningConfiguration{Status: s3types.BucketVersioningStatusSuspended}})))
	must(t, err2(s3c.PutBucketEncryption(ctx, &s3.PutBucketEncryptionInput{Bucket: b, ServerSideEncryptionConfiguration: &s3types.ServerSideEncryptionConfiguration{
		Rules: []s3types.ServerSideEncryptionRule{{ApplyServerSideEncryptionByDefault: &s3types.ServerSideEncryptionByDefault{SSEAlgorithm: s3types.ServerSideEncryptionAes256}}}}})))
	must(t, err2(s3c.DeleteBucketPolicy(ctx, &s3.DeleteBucketPolicyInput{Bucket: b})))
	must(t, err2(s3c.PutBucketTagging(ctx, &s3.PutBucketTaggingInput{Bucket: b, Tagging: &s3types.Tagging{TagSet: []s3types.Tag{{Key: aws.String("team"), Value: aws.String("web")}}}})))
	must(t, err2(ec2c.RevokeSecurityGroupIngress(ctx, &ec2.RevokeSecurityGroupIngressInput{GroupId: sg.GroupId, IpPermissions: []ec2types.IpPermission{https}})))
	must(t, err2(ec2c.AuthorizeSecurityGroupIngress(ctx, &ec2.AuthorizeSecurityGroupIngressInput{GroupId: sg.GroupId, IpPermissions: []ec2types.IpPermission{{
		IpProtocol: aws.String("tcp"), FromPort: aws.Int32(22), ToPort: aws.Int32(22), IpRanges: []ec2types.IpRange{{CidrIp: aws.String("0.0.0.0/0")}}}}})))
	must(t, err2(ec2c.CreateTags(ctx, &ec2.CreateTagsInput{Resources: []string{aws.ToString(sg.GroupId)}, Tags: []ec2types.Tag{{Key: aws.String("owner"), Value: aws.String("me")}}})))
	drifted := collectByKey(t, srv.URL)
	for _, k := range []string{bucketKey, sgKey} {
		if reflect.DeepEqual(drifted[k].Attributes, baseline[k].Attributes) {
			t.Fatalf("%s did not drift", k)
		}
	}

	rv, err := liveaws.NewReverter(ctx, liveaws.Options{Endpoint: srv.URL, Regions: []string{mototest.Region}, Account: account})
	must(t, err)
	for _, k := range []string{bucketKey, sgKey} {
		before, after, err := rv.Revert(ctx, store.Changed, baseline[k], drifted[k])
		if err != nil {
			t.Fatalf("revert %s: %v", k, err)
		}
		if !reflect.DeepEqual(before.Attributes, drifted[k].Attributes) {
			t.Errorf("%s: before is\n%v\nwant the drifted state\n%v", k, before.Attributes, drifted[k].Attributes)
		}
		if !reflect.DeepEqual(after.Attributes, baseline[k].Attributes) {
			t.Errorf("%s: after is\n%v\nwant the baseline\n%v", k, after.Attributes, baseline[k].Attributes)
		}
	}
	now := collectByKey(t, srv.URL)
	for _, k := range []string{bucketKey, sgKey} {
		if !reflect.DeepEqual(now[k].Attributes, baseline[k].Attributes) {
			t.Errorf("%s collected after the revert:\n%v\nwant\n%v", k, now[k].Attributes, baseline[k].Attributes)
		}
	}

	// Plumb creates and deletes no AWS resource.
	if _, _, err := rv.Revert(ctx, store.Added, nil, now[bucketKey]); !errors.Is(err, liveaws.ErrNotRevertible) {
		t.Errorf("revert an added bucket: %v, want ErrNotRevertible", err)
	}
}
