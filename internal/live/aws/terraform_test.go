package aws_test

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudtrail"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/aws/aws-sdk-go-v2/service/kms"
	kmstypes "github.com/aws/aws-sdk-go-v2/service/kms/types"
	"github.com/aws/aws-sdk-go-v2/service/rds"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/plumbsec/plumb/internal/finding"
	liveaws "github.com/plumbsec/plumb/internal/live/aws"
	"github.com/plumbsec/plumb/internal/live/aws/mototest"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/scan"
)

var (
	engineOnce sync.Once
	engine     *policy.Engine
	engineErr  error
)

// builtinEngine compiles the built-in rules once for the package's tests.
func builtinEngine(t testing.TB) *policy.Engine {
	t.Helper()
	engineOnce.Do(func() { engine, engineErr = policy.Load(context.Background(), policy.Options{}) })
	if engineErr != nil {
		t.Fatal(engineErr)
	}
	return engine
}

// TestSameRulesAsTerraform is the promise of the canonical model for live AWS: a bucket and
// a security group created in the emulator break exactly the rules, at exactly the
// attribute paths, that the Terraform declaring them breaks.
func TestSameRulesAsTerraform(t *testing.T) {
	srv := mototest.Shared(t)
	mototest.Env(t, srv.URL)
	ctx := context.Background()
	cfg := srv.Config()

	s3c := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
	must(t, err2(s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("plumb-open"), ACL: s3types.BucketCannedACLPublicRead})))
	must(t, err2(s3c.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: aws.String("plumb-open"),
		VersioningConfiguration: &s3types.VersioningConfiguration{Status: s3types.BucketVersioningStatusSuspended}})))
	e := ec2.NewFromConfig(cfg)
	sg, err := e.CreateSecurityGroup(ctx, &ec2.CreateSecurityGroupInput{GroupName: aws.String("plumb-ssh"), Description: aws.String("SSH from anywhere")})
	must(t, err)
	must(t, err2(e.AuthorizeSecurityGroupIngress(ctx, &ec2.AuthorizeSecurityGroupIngressInput{GroupId: sg.GroupId,
		IpPermissions: []ec2types.IpPermission{tcp(22, "0.0.0.0/0", "")}})))

	eng := builtinEngine(t)
	tf, err := scan.Run(ctx, eng, scan.Options{Path: "testdata/samerules"})
	must(t, err)
	if tf.Diagnostics.HasErrors() {
		t.Fatalf("terraform: %v", tf.Diagnostics)
	}
	snap, err := liveaws.Collect(ctx, liveaws.Options{})
	must(t, err)
	live, err := scan.Live(ctx, eng, snap.Resources, snap.Diagnostics, scan.LiveOptions{Root: snap.Scopes[0].String()})
	must(t, err)

	for _, c := range []struct{ tfKey, liveKey string }{
		{"aws_s3_bucket.open", "arn:aws:s3:::plumb-open"},
		{"aws_security_group.ssh", "arn:aws:ec2:us-east-1:123456789012:security-group/" + aws.ToString(sg.GroupId)},
	} {
		want, got := firedAt(tf.Findings, c.tfKey), firedAt(live.Findings, c.liveKey)
		if len(want) == 0 {
			t.Fatalf("%s: no finding from Terraform; the test would prove nothing", c.tfKey)
		}
		t.Logf("%s: %v", c.liveKey, got)
		if !slices.Equal(want, got) {
			t.Errorf("%s vs %s:\nterraform %v\nlive      %v", c.tfKey, c.liveKey, want, got)
		}
	}
	for _, must := range []string{"PLB-AWS-S3-001 acl", "PLB-AWS-S3-002 public_access_block", "PLB-AWS-S3-006 versioning.enabled"} {
		if !slices.Contains(firedAt(live.Findings, "arn:aws:s3:::plumb-open"), must) {
			t.Errorf("live bucket: %s did not fire", must)
		}
	}
	if !slices.Contains(firedAt(live.Findings, "arn:aws:ec2:us-east-1:123456789012:security-group/"+aws.ToString(sg.GroupId)), "PLB-AWS-VPC-001 ingress.0.cidr_blocks") {
		t.Error("live security group: SSH open to the world did not fire")
	}
}

// firedAt lists "RULE path" for each finding on key, sorted.
func firedAt(fs []*finding.Finding, key string) []string {
	var out []string
	for _, f := range fs {
		if f.ResourceKey == key {
			out = append(out, fmt.Sprintf("%s %s", f.Rule.ID, f.Path))
		}
	}
	sort.Strings(out)
	return out
}

func tcp(port int32, cidr, desc string) ec2types.IpPermission {
	r := ec2types.IpRange{CidrIp: aws.String(cidr)}
	if desc != "" {
		r.Description = aws.String(desc)
	}
	return ec2types.IpPermission{IpProtocol: aws.String("tcp"), FromPort: aws.Int32(port), ToPort: aws.Int32(port), IpRanges: []ec2types.IpRange{r}}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// err2 drops an SDK call's output, keeping its error.
func err2[T any](_ T, err error) error { return err }

// TestSameRulesForEveryService does the same for one resource of every other collected
// kind: the rules that fire, and where, are the same live and in code.
func TestSameRulesForEveryService(t *testing.T) {
	srv := mototest.Shared(t)
	mototest.Env(t, srv.URL)
	ctx := context.Background()
	cfg := srv.Config()

	k := kms.NewFromConfig(cfg)
	key, err := k.CreateKey(ctx, &kms.CreateKeyInput{Description: aws.String("data"), KeyUsage: kmstypes.KeyUsageTypeEncryptDecrypt})
	must(t, err)
	e := ec2.NewFromConfig(cfg)
	vol, err := e.CreateVolume(ctx, &ec2.CreateVolumeInput{AvailabilityZone: aws.String("us-east-1a"), Size: aws.Int32(8), Encrypted: aws.Bool(false)})
	must(t, err)
	run, err := e.RunInstances(ctx, &ec2.RunInstancesInput{ImageId: aws.String("ami-12c6146b"), InstanceType: ec2types.InstanceTypeT3Micro,
		MinCount: aws.Int32(1), MaxCount: aws.Int32(1)})
	must(t, err)
	c := iam.NewFromConfig(cfg)
	must(t, err2(c.CreateRole(ctx, &iam.CreateRoleInput{RoleName: aws.String("open"),
		AssumeRolePolicyDocument: aws.String(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}`)})))
	pol, err := c.CreatePolicy(ctx, &iam.CreatePolicyInput{PolicyName: aws.String("everything"),
		PolicyDocument: aws.String(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`)})
	must(t, err)
	must(t, err2(c.CreateUser(ctx, &iam.CreateUserInput{UserName: aws.String("alice")})))
	ak, err := c.CreateAccessKey(ctx, &iam.CreateAccessKeyInput{UserName: aws.String("alice")})
	must(t, err)
	must(t, err2(c.AttachUserPolicy(ctx, &iam.AttachUserPolicyInput{UserName: aws.String("alice"), PolicyArn: pol.Policy.Arn})))
	must(t, err2(c.UpdateAccountPasswordPolicy(ctx, &iam.UpdateAccountPasswordPolicyInput{MinimumPasswordLength: aws.Int32(8), PasswordReusePrevention: aws.Int32(3)})))
	must(t, err2(rds.NewFromConfig(cfg).CreateDBInstance(ctx, &rds.CreateDBInstanceInput{DBInstanceIdentifier: aws.String("db1"), Engine: aws.String("postgres"),
		DBInstanceClass: aws.String("db.t3.micro"), AllocatedStorage: aws.Int32(20), MasterUsername: aws.String("plumb"), MasterUserPassword: aws.String("not-a-secret-1"),
		PubliclyAccessible: aws.Bool(true), StorageEncrypted: aws.Bool(false), BackupRetentionPeriod: aws.Int32(1), DeletionProtection: aws.Bool(false),
		EnableIAMDatabaseAuthentication: aws.Bool(false), AutoMinorVersionUpgrade: aws.Bool(true)})))
	s3c := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
	must(t, err2(s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("plumb-trail")})))
	ct := cloudtrail.NewFromConfig(cfg)
	trail, err := ct.CreateTrail(ctx, &cloudtrail.CreateTrailInput{Name: aws.String("main"), S3BucketName: aws.String("plumb-trail")})
	must(t, err)
	// Terraform starts the trails it creates (enable_logging defaults to true); CreateTrail
	// alone leaves one stopped, which PLB-AWS-CT-005 rightly reports.
	must(t, err2(ct.StartLogging(ctx, &cloudtrail.StartLoggingInput{Name: aws.String("main")})))

	eng := builtinEngine(t)
	tf, err := scan.Run(ctx, eng, scan.Options{Path: "testdata/services"})
	must(t, err)
	if tf.Diagnostics.HasErrors() {
		t.Fatalf("terraform: %v", tf.Diagnostics)
	}
	snap, err := liveaws.Collect(ctx, liveaws.Options{})
	must(t, err)
	live, err := scan.Live(ctx, eng, snap.Resources, snap.Diagnostics, scan.LiveOptions{})
	must(t, err)

	global := func(typ, id string) string { return liveaws.LiveID(account, "global", typ, id) }
	for _, c := range []struct{ tfKey, liveKey string }{
		{"aws_kms_key.data", aws.ToString(key.KeyMetadata.Arn)},
		{"aws_ebs_volume.data", "arn:aws:ec2:us-east-1:" + account + ":volume/" + aws.ToString(vol.VolumeId)},
		{"aws_instance.web", "arn:aws:ec2:us-east-1:" + account + ":instance/" + aws.ToString(run.Instances[0].InstanceId)},
		{"aws_iam_role.open", "arn:aws:iam::" + account + ":role/open"},
		{"aws_iam_policy.everything", aws.ToString(pol.Policy.Arn)},
		{"aws_iam_access_key.alice", global("aws_iam_access_key", "alice/"+aws.ToString(ak.AccessKey.AccessKeyId))},
		{"aws_iam_user_policy_attachment.alice", global("aws_iam_user_policy_attachment", "alice/"+aws.ToString(pol.Policy.Arn))},
		{"aws_iam_account_password_policy.this", global("aws_iam_account_password_policy", "iam-account-password-policy")},
		{"aws_db_instance.db1", "arn:aws:rds:us-east-1:" + account + ":db:db1"},
		{"aws_cloudtrail.main", aws.ToString(trail.TrailARN)},
	} {
		want, got := firedAt(tf.Findings, c.tfKey), firedAt(live.Findings, c.liveKey)
		t.Logf("%s: %v", c.tfKey, got)
		if len(want) == 0 {
			t.Errorf("%s: no finding from Terraform; the comparison would prove nothing", c.tfKey)
		}
		if !slices.Equal(want, got) {
			t.Errorf("%s vs %s:\nterraform %v\nlive      %v", c.tfKey, c.liveKey, want, got)
		}
	}
}
