package aws_test

import (
	"context"
	"fmt"
	"net/url"
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

	liveaws "github.com/plumbsec/plumb/internal/live/aws"
	"github.com/plumbsec/plumb/internal/live/aws/mototest"
	"github.com/plumbsec/plumb/internal/resource"
)

func TestInstanceVolumesAndEBSDefault(t *testing.T) {
	srv := mototest.Shared(t)
	ctx := context.Background()
	e := ec2.NewFromConfig(srv.Config())
	must(t, err2(e.EnableEbsEncryptionByDefault(ctx, &ec2.EnableEbsEncryptionByDefaultInput{})))
	run, err := e.RunInstances(ctx, &ec2.RunInstancesInput{ImageId: aws.String("ami-12c6146b"), InstanceType: ec2types.InstanceTypeT3Micro,
		MinCount: aws.Int32(1), MaxCount: aws.Int32(1),
		MetadataOptions: &ec2types.InstanceMetadataOptionsRequest{HttpTokens: ec2types.HttpTokensStateRequired, HttpEndpoint: ec2types.InstanceMetadataEndpointStateEnabled},
	})
	must(t, err)
	id := aws.ToString(run.Instances[0].InstanceId)
	data, err := e.CreateVolume(ctx, &ec2.CreateVolumeInput{AvailabilityZone: run.Instances[0].Placement.AvailabilityZone, Size: aws.Int32(20), Encrypted: aws.Bool(false)})
	must(t, err)
	must(t, err2(e.AttachVolume(ctx, &ec2.AttachVolumeInput{InstanceId: &id, VolumeId: data.VolumeId, Device: aws.String("/dev/sdf")})))
	loose, err := e.CreateVolume(ctx, &ec2.CreateVolumeInput{AvailabilityZone: aws.String("us-east-1a"), Size: aws.Int32(8), Encrypted: aws.Bool(false)})
	must(t, err)

	snap := collect(t, srv, liveaws.Options{})
	in := byKey(t, snap, "arn:aws:ec2:us-east-1:"+account+":instance/"+id)
	a := in.Attributes
	if a["instance_type"] != "t3.micro" || a["ami"] != "ami-12c6146b" {
		t.Errorf("instance: %v", a)
	}
	jsonEqual(t, "metadata_options", a["metadata_options"], `[{"http_endpoint": "enabled", "http_tokens": "required",
		"http_put_response_hop_limit": 1, "http_protocol_ipv6": "disabled", "instance_metadata_tags": "disabled"}]`)
	root, _ := resource.Get(a, resource.Path{"root_block_device", 0, "encrypted"})
	if _, ok := root.(bool); !ok {
		t.Errorf("root_block_device.0.encrypted = %#v, want a bool from DescribeVolumes", root)
	}
	ebs, _ := resource.Get(a, resource.Path{"ebs_block_device", 0})
	jsonEqualSubset(t, "ebs_block_device.0", ebs, map[string]any{"device_name": "/dev/sdf", "encrypted": false, "volume_size": int64(20), "volume_id": aws.ToString(data.VolumeId)})
	if _, ok := a["associate_public_ip_address"].(bool); !ok {
		t.Errorf("associate_public_ip_address = %#v", a["associate_public_ip_address"])
	}
	assertCanonicalTypes(t, "instance", a)

	vol := byKey(t, snap, "arn:aws:ec2:us-east-1:"+account+":volume/"+aws.ToString(loose.VolumeId))
	jsonEqualSubset(t, "volume", vol.Attributes, map[string]any{"encrypted": false, "size": int64(8), "availability_zone": "us-east-1a"})
	// The instance's root volume is part of the aws_instance, as in Terraform, not a volume of its own.
	// The attached data volume is both, as Terraform declares an aws_ebs_volume with an
	// aws_volume_attachment and reads it back into ebs_block_device.
	rootID, _ := resource.Get(a, resource.Path{"root_block_device", 0, "volume_id"})
	byKey(t, snap, "arn:aws:ec2:us-east-1:"+account+":volume/"+aws.ToString(data.VolumeId))
	for _, r := range snap.Resources {
		if r.Type == "aws_ebs_volume" && r.Key == fmt.Sprint("arn:aws:ec2:us-east-1:"+account+":volume/", rootID) {
			t.Errorf("root volume %v is also an aws_ebs_volume", rootID)
		}
	}
	def := byKey(t, snap, liveaws.LiveID(account, "us-east-1", "aws_ebs_encryption_by_default", "us-east-1"))
	jsonEqual(t, "ebs default", def.Attributes, `{"enabled": true}`)
}

func TestIAM(t *testing.T) {
	srv := mototest.Shared(t)
	ctx := context.Background()
	c := iam.NewFromConfig(srv.Config())
	admin := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`
	trust := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}`
	must(t, err2(c.CreateUser(ctx, &iam.CreateUserInput{UserName: aws.String("alice")})))
	key, err := c.CreateAccessKey(ctx, &iam.CreateAccessKeyInput{UserName: aws.String("alice")})
	must(t, err)
	must(t, err2(c.PutUserPolicy(ctx, &iam.PutUserPolicyInput{UserName: aws.String("alice"), PolicyName: aws.String("inline"), PolicyDocument: aws.String(admin)})))
	pol, err := c.CreatePolicy(ctx, &iam.CreatePolicyInput{PolicyName: aws.String("everything"), PolicyDocument: aws.String(admin)})
	must(t, err)
	must(t, err2(c.CreateRole(ctx, &iam.CreateRoleInput{RoleName: aws.String("open"), AssumeRolePolicyDocument: aws.String(url.PathEscape(trust))})))
	must(t, err2(c.AttachRolePolicy(ctx, &iam.AttachRolePolicyInput{RoleName: aws.String("open"), PolicyArn: pol.Policy.Arn})))
	must(t, err2(c.CreateGroup(ctx, &iam.CreateGroupInput{GroupName: aws.String("ops")})))
	must(t, err2(c.AttachGroupPolicy(ctx, &iam.AttachGroupPolicyInput{GroupName: aws.String("ops"), PolicyArn: pol.Policy.Arn})))
	must(t, err2(c.UpdateAccountPasswordPolicy(ctx, &iam.UpdateAccountPasswordPolicyInput{MinimumPasswordLength: aws.Int32(8), PasswordReusePrevention: aws.Int32(3)})))

	snap := collect(t, srv, liveaws.Options{})
	live := func(typ, id string) string { return liveaws.LiveID(account, "global", typ, id) }
	adminDoc := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`
	jsonEqual(t, "user", byKey(t, snap, "arn:aws:iam::"+account+":user/alice").Attributes, `{"name": "alice", "path": "/"}`)
	jsonEqual(t, "access key", byKey(t, snap, live("aws_iam_access_key", "alice/"+aws.ToString(key.AccessKey.AccessKeyId))).Attributes, `{"user": "alice", "status": "Active"}`)
	jsonEqual(t, "user policy", byKey(t, snap, live("aws_iam_user_policy", "alice:inline")).Attributes, `{"user": "alice", "name": "inline", "policy": `+adminDoc+`}`)
	jsonEqual(t, "policy", byKey(t, snap, aws.ToString(pol.Policy.Arn)).Attributes, `{"name": "everything", "path": "/", "policy": `+adminDoc+`}`)
	role := byKey(t, snap, "arn:aws:iam::"+account+":role/open")
	jsonEqual(t, "trust policy (sent URL-encoded, read parsed)", role.Attributes["assume_role_policy"], trust)
	// moto holds no AWS managed policies unless told to load them all, so the attachments
	// name the account's own policy.
	jsonEqual(t, "role attachment", byKey(t, snap, live("aws_iam_role_policy_attachment", "open/"+aws.ToString(pol.Policy.Arn))).Attributes,
		`{"role": "open", "policy_arn": "`+aws.ToString(pol.Policy.Arn)+`"}`)
	byKey(t, snap, live("aws_iam_group_policy_attachment", "ops/"+aws.ToString(pol.Policy.Arn)))
	jsonEqual(t, "password policy", byKey(t, snap, live("aws_iam_account_password_policy", "iam-account-password-policy")).Attributes, `{
		"minimum_password_length": 8, "password_reuse_prevention": 3, "allow_users_to_change_password": false,
		"max_password_age": 0, "hard_expiry": false,
		"require_lowercase_characters": false, "require_uppercase_characters": false, "require_numbers": false, "require_symbols": false}`)
	for _, r := range snap.Resources {
		if r.Type == "aws_iam_role" || r.Type == "aws_iam_user" {
			if r.Root != "aws:"+account+"/us-east-1" {
				t.Errorf("%s: root %s, want the home scope", r.Key, r.Root)
			}
		}
	}
}

func TestKMSRDSCloudTrailAndFlowLogs(t *testing.T) {
	srv := mototest.Shared(t)
	ctx := context.Background()
	cfg := srv.Config()
	k := kms.NewFromConfig(cfg)
	key, err := k.CreateKey(ctx, &kms.CreateKeyInput{Description: aws.String("data"), KeyUsage: kmstypes.KeyUsageTypeEncryptDecrypt})
	must(t, err)
	must(t, err2(k.EnableKeyRotation(ctx, &kms.EnableKeyRotationInput{KeyId: key.KeyMetadata.KeyId})))
	r := rds.NewFromConfig(cfg)
	must(t, err2(r.CreateDBInstance(ctx, &rds.CreateDBInstanceInput{DBInstanceIdentifier: aws.String("db1"), Engine: aws.String("postgres"),
		DBInstanceClass: aws.String("db.t3.micro"), AllocatedStorage: aws.Int32(20), MasterUsername: aws.String("admin"),
		MasterUserPassword: aws.String("not-a-secret-1"), PubliclyAccessible: aws.Bool(true), StorageEncrypted: aws.Bool(false), BackupRetentionPeriod: aws.Int32(1)})))
	must(t, err2(r.CreateDBCluster(ctx, &rds.CreateDBClusterInput{DBClusterIdentifier: aws.String("cl1"), Engine: aws.String("aurora-postgresql"),
		MasterUsername: aws.String("admin"), MasterUserPassword: aws.String("not-a-secret-1"), StorageEncrypted: aws.Bool(true)})))
	s3c := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
	must(t, err2(s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("plumb-trail")})))
	ct := cloudtrail.NewFromConfig(cfg)
	trail, err := ct.CreateTrail(ctx, &cloudtrail.CreateTrailInput{Name: aws.String("main"), S3BucketName: aws.String("plumb-trail"), IsMultiRegionTrail: aws.Bool(true)})
	must(t, err)
	must(t, err2(ct.StartLogging(ctx, &cloudtrail.StartLoggingInput{Name: aws.String("main")})))
	e := ec2.NewFromConfig(cfg)
	vpc, err := e.CreateVpc(ctx, &ec2.CreateVpcInput{CidrBlock: aws.String("10.2.0.0/16")})
	must(t, err)
	fl, err := e.CreateFlowLogs(ctx, &ec2.CreateFlowLogsInput{ResourceIds: []string{aws.ToString(vpc.Vpc.VpcId)}, ResourceType: ec2types.FlowLogsResourceTypeVpc,
		TrafficType: ec2types.TrafficTypeAll, LogDestinationType: ec2types.LogDestinationTypeS3, LogDestination: aws.String("arn:aws:s3:::plumb-trail")})
	must(t, err)

	snap := collect(t, srv, liveaws.Options{})
	kr := byKey(t, snap, aws.ToString(key.KeyMetadata.Arn))
	jsonEqualSubset(t, "kms key", kr.Attributes, map[string]any{"description": "data", "enable_key_rotation": true, "is_enabled": true,
		"key_usage": "ENCRYPT_DECRYPT", "customer_master_key_spec": "SYMMETRIC_DEFAULT"})
	if _, ok := kr.Attributes["policy"].(map[string]any); !ok {
		t.Errorf("kms key policy = %#v, want a parsed document", kr.Attributes["policy"])
	}
	db := byKey(t, snap, "arn:aws:rds:us-east-1:"+account+":db:db1")
	jsonEqualSubset(t, "db instance", db.Attributes, map[string]any{"identifier": "db1", "engine": "postgres", "publicly_accessible": true,
		"storage_encrypted": false, "backup_retention_period": int64(1)})
	if db.Type != "aws_db_instance" {
		t.Errorf("db type %s", db.Type)
	}
	cl := byKey(t, snap, "arn:aws:rds:us-east-1:"+account+":cluster:cl1")
	jsonEqualSubset(t, "cluster", cl.Attributes, map[string]any{"cluster_identifier": "cl1", "engine": "aurora-postgresql", "storage_encrypted": true})
	tr := byKey(t, snap, aws.ToString(trail.TrailARN))
	jsonEqualSubset(t, "trail", tr.Attributes, map[string]any{"name": "main", "s3_bucket_name": "plumb-trail", "is_multi_region_trail": true,
		"enable_log_file_validation": false, "enable_logging": true})
	flow := byKey(t, snap, "arn:aws:ec2:us-east-1:"+account+":vpc-flow-log/"+fl.FlowLogIds[0])
	jsonEqualSubset(t, "flow log", flow.Attributes, map[string]any{"vpc_id": aws.ToString(vpc.Vpc.VpcId), "traffic_type": "ALL", "log_destination_type": "s3"})
	if len(flow.References) != 1 || flow.References[0].Target != "arn:aws:ec2:us-east-1:"+account+":vpc/"+aws.ToString(vpc.Vpc.VpcId) {
		t.Errorf("flow log references %v", flow.References)
	}
	byKey(t, snap, "arn:aws:ec2:us-east-1:"+account+":vpc/"+aws.ToString(vpc.Vpc.VpcId))
	if len(snap.Partial) > 0 {
		t.Errorf("partial %v: %v", snap.Partial, snap.Diagnostics)
	}
}

// jsonEqualSubset checks the listed attributes only, with their Go types.
func jsonEqualSubset(t *testing.T, what string, got any, want map[string]any) {
	t.Helper()
	m, ok := got.(map[string]any)
	if !ok {
		t.Errorf("%s: %#v is not an object", what, got)
		return
	}
	for k, w := range want {
		if m[k] != w {
			t.Errorf("%s.%s = %#v, want %#v", what, k, m[k], w)
		}
	}
	assertCanonicalTypes(t, what, got)
}
