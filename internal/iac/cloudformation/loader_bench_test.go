package cloudformation_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac/cloudformation"
)

// stackResources is how many resources a generated stack template creates: a service's
// bucket and its policy, security group and a separate ingress rule (merged into the group),
// role, function, queue, table, log group and database.
const stackResources = 10

// stack is one service's template, using the functions real templates lean on. Logical ids
// differ between stacks: adapt resolves references by key alone, so stacks that share
// logical ids would have their bucket policies and rules merged across templates (see
// docs/formats/cloudformation.md, Limits).
func stack(i int) string {
	return fmt.Sprintf(`AWSTemplateFormatVersion: "2010-09-09"
Description: service %[1]d
Parameters:
  Env: {Type: String, Default: dev, AllowedValues: [dev, prod]}
  VpcId: {Type: "AWS::EC2::VPC::Id"}
Mappings:
  Sizes:
    dev: {Db: db.t3.micro, Retention: 7}
    prod: {Db: db.r6g.large, Retention: 35}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Bucket%[1]d:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "svc-%[1]d-${Env}-${AWS::AccountId}"
      VersioningConfiguration: {Status: !If [IsProd, Enabled, Suspended]}
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: {SSEAlgorithm: aws:kms}
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
      Tags: [{Key: service, Value: "svc-%[1]d"}, {Key: env, Value: !Ref Env}]
  BucketPolicy%[1]d:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket%[1]d
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: [!GetAtt Bucket%[1]d.Arn, !Sub "${Bucket%[1]d.Arn}/*"]
            Condition: {Bool: {"aws:SecureTransport": false}}
  Sg%[1]d:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: svc %[1]d
      VpcId: !Ref VpcId
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0, Description: https}
  Ssh%[1]d:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt Sg%[1]d.GroupId
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      CidrIp: 10.0.0.0/8
  Role%[1]d:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: "sts:AssumeRole"}]
      Policies:
        - PolicyName: data
          PolicyDocument:
            Statement: [{Effect: Allow, Action: ["s3:GetObject"], Resource: !Sub "${Bucket%[1]d.Arn}/*"}]
  Fn%[1]d:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Role: !GetAtt Role%[1]d.Arn
      Code: {S3Bucket: artifacts, S3Key: "svc-%[1]d.zip"}
      TracingConfig: {Mode: Active}
      Environment: {Variables: {BUCKET: !Ref Bucket%[1]d, QUEUE_URL: !Ref Queue%[1]d}}
  Queue%[1]d:
    Type: AWS::SQS::Queue
    Properties: {SqsManagedSseEnabled: true}
  Table%[1]d:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{AttributeName: pk, AttributeType: S}]
      KeySchema: [{AttributeName: pk, KeyType: HASH}]
      PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: !If [IsProd, true, false]}
  Logs%[1]d:
    Type: AWS::Logs::LogGroup
    Properties: {RetentionInDays: !FindInMap [Sizes, !Ref Env, Retention]}
  Db%[1]d:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: !FindInMap [Sizes, !Ref Env, Db]
      StorageEncrypted: true
      BackupRetentionPeriod: !FindInMap [Sizes, !Ref Env, Retention]
      VPCSecurityGroups: [!GetAtt Sg%[1]d.GroupId]
`, i)
}

func writeStacks(b *testing.B, n int) (string, []string) {
	b.Helper()
	dir := b.TempDir()
	var files []string
	for i := 0; i*stackResources < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("svc-%05d.yaml", i))
		if err := os.WriteFile(p, []byte(stack(i)), 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, p)
	}
	return dir, files
}

// benchmarkLoad measures reading the templates and making their resources canonical, the
// part of a scan that is CloudFormation's own.
func benchmarkLoad(b *testing.B, n int) {
	dir, files := writeStacks(b, n)
	b.ResetTimer()
	var got int
	for b.Loop() {
		res := cloudformation.Load(dir, files, cloudformation.Options{})
		if len(res.Diagnostics) > 0 {
			b.Fatal(res.Diagnostics[0])
		}
		got = len(adapt.Canonical(res.Resources))
	}
	if want := len(files) * (stackResources - 2); got != want { // the policy and the rule are merged
		b.Fatalf("%d canonical resources, want %d", got, want)
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(len(files)*stackResources)/sec, "resources/s")
	b.ReportMetric(float64(len(files))/sec, "files/s")
}

func BenchmarkLoad1k(b *testing.B)  { benchmarkLoad(b, 1_000) }
func BenchmarkLoad10k(b *testing.B) { benchmarkLoad(b, 10_000) }
