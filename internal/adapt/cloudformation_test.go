package adapt

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/iac/cloudformation"
	"github.com/plumbsec/plumb/internal/resource"
)

// canonicalCFN loads one template and returns its canonical resources by key.
func canonicalCFN(t *testing.T, template string) map[string]*resource.Resource {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, "t.yaml")
	if err := os.WriteFile(p, []byte(template), 0o644); err != nil {
		t.Fatal(err)
	}
	res := cloudformation.Load(dir, []string{p}, cloudformation.Options{})
	for _, d := range res.Diagnostics {
		t.Errorf("diagnostic: %s", d)
	}
	out := map[string]*resource.Resource{}
	for _, r := range Canonical(res.Resources) {
		out[r.Key] = r
	}
	return out
}

// expect checks a canonical value and the line that set it.
type expect struct {
	path string
	want any
	line int
}

func checkAll(t *testing.T, r *resource.Resource, wantType string, es []expect) {
	t.Helper()
	if r == nil {
		t.Fatal("resource missing")
	}
	if r.Type != wantType {
		t.Errorf("%s: type %s, want %s", r.Key, r.Type, wantType)
	}
	for _, e := range es {
		p := resource.ParsePath(e.path)
		got, ok := resource.Get(r.Attributes, p)
		switch w := e.want.(type) {
		case resource.Unknown:
			if !ok || !resource.IsUnknown(got) {
				t.Errorf("%s %s = %v, want unknown", r.Key, e.path, got)
			}
		default:
			if !ok || got != w {
				t.Errorf("%s %s = %#v (present %v), want %#v", r.Key, e.path, got, ok, w)
			}
		}
		if loc := r.LocationOf(p); e.line != 0 && (loc.File != "t.yaml" || loc.StartLine != e.line) {
			t.Errorf("%s %s set at %s, want t.yaml:%d", r.Key, e.path, loc, e.line)
		}
	}
}

func TestCloudFormationBucket(t *testing.T) {
	rs := canonicalCFN(t, `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-data
      AccessControl: PublicRead
      VersioningConfiguration:
        Status: Enabled
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !Ref Key
            BucketKeyEnabled: true
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        RestrictPublicBuckets: "false"
      LoggingConfiguration:
        LogFilePrefix: logs/
      Tags:
        - {Key: team, Value: storage}
      WebsiteConfiguration:
        IndexDocument: index.html
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Condition: {Bool: {"aws:SecureTransport": false}}
  Key:
    Type: AWS::KMS::Key
`)
	if rs["AWS::S3::BucketPolicy Policy"] != nil {
		t.Error("the bucket policy was not merged into its bucket")
	}
	b := rs["AWS::S3::Bucket Data"]
	checkAll(t, b, "aws_s3_bucket", []expect{
		{"bucket", "acme-data", 5},
		{"acl", "public-read", 6},
		{"versioning.enabled", true, 8},
		{"server_side_encryption.rules.0.sse_algorithm", "aws:kms", 12},
		{"server_side_encryption.rules.0.kms_master_key_id", resource.Unknown{}, 13},
		{"server_side_encryption.rules.0.bucket_key_enabled", true, 14},
		{"public_access_block.block_public_acls", true, 16},
		{"public_access_block.restrict_public_buckets", false, 17},
		// No destination: S3 logs to the bucket itself.
		{"logging.target_bucket", "acme-data", 18},
		{"logging.target_prefix", "logs/", 19},
		{"tags.team", "storage", 21},
		{"policy.Statement.0.Effect", "Deny", 30},
		{"policy.Statement.0.Condition.Bool.aws:SecureTransport", false, 33},
		// A property without a canonical name stays under its own.
		{"WebsiteConfiguration.IndexDocument", "index.html", 23},
	})
	if _, ok := b.Attributes["public_access_block"].(map[string]any)["ignore_public_acls"]; ok {
		t.Error("an unset public access block setting is present")
	}
	if !hasUnknown(b, "server_side_encryption.rules.0.kms_master_key_id") {
		t.Errorf("unknowns %v lack the KMS key", b.Unknowns)
	}
	if !hasReference(b, "server_side_encryption.rules.0.kms_master_key_id", "AWS::KMS::Key Key") {
		t.Errorf("references %v lack the edge to the key", b.References)
	}
}

func hasUnknown(r *resource.Resource, path string) bool {
	for _, u := range r.Unknowns {
		if u.String() == path {
			return true
		}
	}
	return false
}

func hasReference(r *resource.Resource, attr, target string) bool {
	for _, ref := range r.References {
		if ref.Attribute == attr && ref.Target == target {
			return true
		}
	}
	return false
}

// TestCloudFormationSecurityGroup: inline rules and separate ingress and egress resources end
// in the group, each value located at the line that set it; a rule whose group is not in the
// template stays a rule resource of its own.
func TestCloudFormationSecurityGroup(t *testing.T) {
	rs := canonicalCFN(t, `Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - IpProtocol: TCP
          FromPort: "443"
          ToPort: "443"
          CidrIp: 0.0.0.0/0
  Ssh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt Web.GroupId
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      CidrIpv6: ::/0
  AllOut:
    Type: AWS::EC2::SecurityGroupEgress
    Properties:
      GroupId: !Ref Web
      IpProtocol: -1
      CidrIp: 0.0.0.0/0
  Elsewhere:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: sg-0123456789
      IpProtocol: tcp
      FromPort: 3389
      ToPort: 3389
      CidrIp: 0.0.0.0/0
`)
	for _, k := range []string{"AWS::EC2::SecurityGroupIngress Ssh", "AWS::EC2::SecurityGroupEgress AllOut"} {
		if rs[k] != nil {
			t.Errorf("%s was not merged into its group", k)
		}
	}
	checkAll(t, rs["AWS::EC2::SecurityGroup Web"], "aws_security_group", []expect{
		{"description", "web", 5},
		{"ingress.0.protocol", "tcp", 7},
		{"ingress.0.from_port", int64(443), 8},
		{"ingress.0.cidr_blocks.0", "0.0.0.0/0", 10},
		{"ingress.1.protocol", "tcp", 15},
		{"ingress.1.ipv6_cidr_blocks.0", "::/0", 18},
		{"egress.0.protocol", "-1", 23},
		{"egress.0.cidr_blocks.0", "0.0.0.0/0", 24},
	})
	checkAll(t, rs["AWS::EC2::SecurityGroupIngress Elsewhere"], "aws_vpc_security_group_ingress_rule", []expect{
		{"security_group_id", "sg-0123456789", 28},
		{"cidr_ipv4", "0.0.0.0/0", 32},
		{"from_port", int64(3389), 30},
	})
}

func TestCloudFormationComputeAndData(t *testing.T) {
	rs := canonicalCFN(t, `Parameters:
  Rotate: {Type: String}
Resources:
  Vm:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-1
      UserData: !Base64 "echo hi"
      MetadataOptions:
        HttpTokens: optional
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: {Encrypted: false, VolumeSize: 8}
        - DeviceName: /dev/sdf
          Ebs: {VolumeSize: 100}
        - DeviceName: /dev/sdg
          VirtualName: ephemeral0
      NetworkInterfaces:
        - DeviceIndex: "0"
          AssociatePublicIpAddress: "true"
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: !Ref Rotate
      KeyPolicy: {Statement: [{Effect: Allow, Principal: {AWS: "*"}, Action: "kms:*", Resource: "*"}]}
      PendingWindowInDays: 7
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: MySQL
      StorageEncrypted: "false"
      BackupRetentionPeriod: "1"
  AuroraMember:
    Type: AWS::RDS::DBInstance
    Properties:
      DBClusterIdentifier: !Ref Cluster
      PubliclyAccessible: true
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      DeletionProtection: false
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema: [{AttributeName: pk, KeyType: HASH}]
      PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: false}
      SSESpecification: {SSEEnabled: true}
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt FnRole.Arn
      TracingConfig: {Mode: PassThrough}
      Environment: {Variables: {DB_PASSWORD: hunter2hunter2}}
      Code: {S3Bucket: b, S3Key: k}
  FnRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {AWS: "*"}, Action: "sts:AssumeRole"}]}
      Policies:
        - PolicyName: admin
          PolicyDocument: {Statement: [{Effect: Allow, Action: "*", Resource: "*"}]}
  UserPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: p
      Users: [alice]
      PolicyDocument: {Statement: []}
  Custom:
    Type: AWS::Foo::Bar
    Properties:
      Anything: [1, {Goes: here}]
`)
	checkAll(t, rs["AWS::EC2::Instance Vm"], "aws_instance", []expect{
		{"ami", "ami-1", 7},
		{"user_data_base64", "ZWNobyBoaQ==", 8},
		{"metadata_options.0.http_tokens", "optional", 10},
		{"root_block_device.0.encrypted", false, 13},
		{"root_block_device.0.volume_size", int64(8), 13},
		{"ebs_block_device.0.device_name", "/dev/sdf", 14},
		{"ebs_block_device.0.volume_size", int64(100), 15},
		{"associate_public_ip_address", true, 20},
	})
	if ebs := rs["AWS::EC2::Instance Vm"].Attributes["ebs_block_device"].([]any); len(ebs) != 1 {
		t.Errorf("ebs_block_device = %v, want one volume (the ephemeral one is not EBS)", ebs)
	}
	checkAll(t, rs["AWS::KMS::Key Key"], "aws_kms_key", []expect{
		{"enable_key_rotation", resource.Unknown{}, 24},
		{"policy.Statement.0.Principal.AWS", "*", 25},
		{"deletion_window_in_days", int64(7), 26},
	})
	checkAll(t, rs["AWS::RDS::DBInstance Db"], "aws_db_instance", []expect{
		{"engine", "mysql", 30},
		{"storage_encrypted", false, 31},
		{"backup_retention_period", int64(1), 32},
	})
	checkAll(t, rs["AWS::RDS::DBInstance AuroraMember"], "aws_rds_cluster_instance", []expect{
		{"publicly_accessible", true, 37},
	})
	checkAll(t, rs["AWS::RDS::DBCluster Cluster"], "aws_rds_cluster", []expect{
		{"engine", "aurora-postgresql", 41},
		{"deletion_protection", false, 42},
	})
	checkAll(t, rs["AWS::DynamoDB::Table Table"], "aws_dynamodb_table", []expect{
		{"hash_key", "pk", 46},
		{"point_in_time_recovery.0.enabled", false, 47},
		{"server_side_encryption.0.enabled", true, 48},
	})
	checkAll(t, rs["AWS::Lambda::Function Fn"], "aws_lambda_function", []expect{
		{"role", resource.Unknown{}, 52},
		{"tracing_config.0.mode", "PassThrough", 53},
		{"environment.0.variables.DB_PASSWORD", "hunter2hunter2", 54},
		{"s3_bucket", "b", 55},
		{"Code.S3Key", "k", 55}, // kept as written too (an inline ZipFile has no canonical place)
	})
	if !hasReference(rs["AWS::Lambda::Function Fn"], "role", "AWS::IAM::Role FnRole") {
		t.Errorf("references %v lack role → FnRole", rs["AWS::Lambda::Function Fn"].References)
	}
	checkAll(t, rs["AWS::IAM::Role FnRole"], "aws_iam_role", []expect{
		{"assume_role_policy.Statement.0.Principal.AWS", "*", 59},
		{"inline_policy.0.name", "admin", 61},
		{"inline_policy.0.policy.Statement.0.Action", "*", 62},
	})
	checkAll(t, rs["AWS::IAM::Policy UserPolicy"], "aws_iam_user_policy", []expect{{"users.0", "alice", 67}})
	checkAll(t, rs["AWS::Foo::Bar Custom"], "AWS::Foo::Bar", []expect{{"Anything.1.Goes", "here", 72}})
}

func TestCloudFormationLoadBalancer(t *testing.T) {
	rs := canonicalCFN(t, `Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Scheme: internet-facing
      LoadBalancerAttributes:
        - Key: routing.http.drop_invalid_header_fields.enabled
          Value: "false"
        - Key: access_logs.s3.enabled
          Value: "true"
        - Key: access_logs.s3.bucket
          Value: logs
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Port: 80
      Protocol: HTTP
      DefaultActions:
        - Type: redirect
          RedirectConfig: {Protocol: HTTPS, Port: "443", StatusCode: HTTP_301}
  Https:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Port: 443
      Protocol: HTTPS
      SslPolicy: ELBSecurityPolicy-2016-08
      Certificates: [{CertificateArn: arn:aws:acm:cert}]
`)
	checkAll(t, rs["AWS::ElasticLoadBalancingV2::LoadBalancer Lb"], "aws_lb", []expect{
		{"internal", false, 5},
		{"drop_invalid_header_fields", false, 8},
		{"access_logs.0.enabled", true, 10},
		{"access_logs.0.bucket", "logs", 12},
	})
	checkAll(t, rs["AWS::ElasticLoadBalancingV2::Listener Http"], "aws_lb_listener", []expect{
		{"port", int64(80), 17},
		{"default_action.0.type", "redirect", 20},
		{"default_action.0.redirect.0.protocol", "HTTPS", 21},
	})
	checkAll(t, rs["AWS::ElasticLoadBalancingV2::Listener Https"], "aws_lb_listener", []expect{
		{"ssl_policy", "ELBSecurityPolicy-2016-08", 28},
		{"certificate_arn", "arn:aws:acm:cert", 29},
	})
	if !hasReference(rs["AWS::ElasticLoadBalancingV2::Listener Http"], "load_balancer_arn", "AWS::ElasticLoadBalancingV2::LoadBalancer Lb") {
		t.Errorf("listener references %v", rs["AWS::ElasticLoadBalancingV2::Listener Http"].References)
	}
}

// TestCloudFormationTypesDocumented keeps docs/formats/cloudformation.md's table in step with
// the mapping: every mapped type is listed with its canonical type.
func TestCloudFormationTypesDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "formats", "cloudformation.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, typ := range cfnTypes() {
		m := cloudformationTypes[typ]
		to := m.to
		if m.typeOf != nil {
			to = m.typeOf(map[string]any{})
		}
		row := "| `" + typ + "` | `" + to + "`"
		if !strings.Contains(string(doc), row) {
			t.Errorf("docs/formats/cloudformation.md has no row starting %q", row)
		}
	}
}
