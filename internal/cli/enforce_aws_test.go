package cli_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/plumbsec/plumb/internal/live/aws/mototest"
)

// TestEnforceAWS, through the CLI against moto: after baselining, a bucket loses its public
// access block, a security group loses its HTTPS rule and gains SSH from anywhere, and
// another bucket's tag changes. The first two are risky (the group is one entry with both
// changes) and one watch cycle in mode risky restores them; the tag change is benign and
// stays.
func TestEnforceAWS(t *testing.T) {
	srv := mototest.Start(t)
	mototest.Env(t, "")
	ctx := context.Background()
	s3c := s3.NewFromConfig(srv.Config(), func(o *s3.Options) { o.UsePathStyle = true })
	ec2c := ec2.NewFromConfig(srv.Config())
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	data, tagged := aws.String("plumb-data"), aws.String("plumb-tagged")
	for _, b := range []*string{data, tagged} {
		must(s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: b}))
		must(s3c.PutPublicAccessBlock(ctx, &s3.PutPublicAccessBlockInput{Bucket: b, PublicAccessBlockConfiguration: &s3types.PublicAccessBlockConfiguration{
			BlockPublicAcls: aws.Bool(true), BlockPublicPolicy: aws.Bool(true), IgnorePublicAcls: aws.Bool(true), RestrictPublicBuckets: aws.Bool(true)}}))
	}
	must(s3c.PutBucketTagging(ctx, &s3.PutBucketTaggingInput{Bucket: tagged, Tagging: &s3types.Tagging{TagSet: []s3types.Tag{{Key: aws.String("team"), Value: aws.String("data")}}}}))
	vpc, err := ec2c.CreateVpc(ctx, &ec2.CreateVpcInput{CidrBlock: aws.String("10.7.0.0/16")})
	must(vpc, err)
	sg, err := ec2c.CreateSecurityGroup(ctx, &ec2.CreateSecurityGroupInput{GroupName: aws.String("web"), Description: aws.String("web"), VpcId: vpc.Vpc.VpcId})
	must(sg, err)
	https := ec2types.IpPermission{IpProtocol: aws.String("tcp"), FromPort: aws.Int32(443), ToPort: aws.Int32(443), IpRanges: []ec2types.IpRange{{CidrIp: aws.String("0.0.0.0/0")}}}
	ssh := ec2types.IpPermission{IpProtocol: aws.String("tcp"), FromPort: aws.Int32(22), ToPort: aws.Int32(22), IpRanges: []ec2types.IpRange{{CidrIp: aws.String("0.0.0.0/0")}}}
	must(ec2c.AuthorizeSecurityGroupIngress(ctx, &ec2.AuthorizeSecurityGroupIngressInput{GroupId: sg.GroupId, IpPermissions: []ec2types.IpPermission{https}}))

	scope := "aws:" + mototest.Account + "/" + mototest.Region
	db := filepath.Join(t.TempDir(), "plumb.db")
	cmd := func(args ...string) []string {
		return append(args, "--scope", scope, "--endpoint", srv.URL, "--db", db, "--no-config")
	}
	run := func(want int, args ...string) string {
		t.Helper()
		code, out, stderr := enfPlumb(t, args...)
		if code != want {
			t.Fatalf("plumb %s: exit %d, want %d\n%s%s", strings.Join(args, " "), code, want, out, stderr)
		}
		return out
	}
	run(0, cmd("baseline", "create", "--approved-by", "alice@example.com")...)

	must(s3c.DeletePublicAccessBlock(ctx, &s3.DeletePublicAccessBlockInput{Bucket: data}))
	must(s3c.PutBucketTagging(ctx, &s3.PutBucketTaggingInput{Bucket: tagged, Tagging: &s3types.Tagging{TagSet: []s3types.Tag{{Key: aws.String("team"), Value: aws.String("web")}}}}))
	must(ec2c.RevokeSecurityGroupIngress(ctx, &ec2.RevokeSecurityGroupIngressInput{GroupId: sg.GroupId, IpPermissions: []ec2types.IpPermission{https}}))
	must(ec2c.AuthorizeSecurityGroupIngress(ctx, &ec2.AuthorizeSecurityGroupIngressInput{GroupId: sg.GroupId, IpPermissions: []ec2types.IpPermission{ssh}}))

	dataKey, taggedKey := "arn:aws:s3:::plumb-data", "arn:aws:s3:::plumb-tagged"
	sgKey := "arn:aws:ec2:" + mototest.Region + ":" + mototest.Account + ":security-group/" + aws.ToString(sg.GroupId)
	var d enfDrift
	if err := json.Unmarshal([]byte(run(1, cmd("drift", "-o", "json")...)), &d); err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{dataKey: "risky", sgKey: "risky", taggedKey: "benign"} {
		if kind, verdict, rules := d.entry(key); kind != "changed" || verdict != want {
			t.Errorf("%s: %s %s %v, want changed %s", key, kind, verdict, rules, want)
		}
	}

	run(0, "enforce", "set", "--scope", scope, "--db", db, "--no-config", "--mode", "risky", "--reason", "no drift in prod", "--by", "alice@example.com")
	out := run(0, cmd("drift", "watch", "--once")...)
	if !strings.Contains(out, "REVERTED changed "+dataKey) || !strings.Contains(out, "REVERTED changed "+sgKey) || strings.Contains(out, "REVERTED changed "+taggedKey) {
		t.Errorf("watch cycle in mode risky:\n%s", out)
	}

	pab, err := s3c.GetPublicAccessBlock(ctx, &s3.GetPublicAccessBlockInput{Bucket: data})
	if err != nil || !aws.ToBool(pab.PublicAccessBlockConfiguration.BlockPublicPolicy) || !aws.ToBool(pab.PublicAccessBlockConfiguration.RestrictPublicBuckets) {
		t.Errorf("the public access block of plumb-data is not restored: %v", err)
	}
	groups, err := ec2c.DescribeSecurityGroups(ctx, &ec2.DescribeSecurityGroupsInput{GroupIds: []string{aws.ToString(sg.GroupId)}})
	must(groups, err)
	var ports []int32
	for _, p := range groups.SecurityGroups[0].IpPermissions {
		ports = append(ports, aws.ToInt32(p.FromPort))
	}
	if len(ports) != 1 || ports[0] != 443 {
		t.Errorf("ingress ports after the revert: %v, want 443 only", ports)
	}
	tags, err := s3c.GetBucketTagging(ctx, &s3.GetBucketTaggingInput{Bucket: tagged})
	must(tags, err)
	if len(tags.TagSet) != 1 || aws.ToString(tags.TagSet[0].Value) != "web" {
		t.Errorf("the benign tag change was reverted: %+v", tags.TagSet)
	}

	var log enfAudit
	if err := json.Unmarshal([]byte(run(0, "audit", "--scope", scope, "--action", "drift.revert", "--db", db, "--no-config", "-o", "json")), &log); err != nil {
		t.Fatal(err)
	}
	if len(log) != 2 {
		t.Fatalf("%d revert audit entries, want 2: %+v", len(log), log)
	}
	for _, e := range log {
		e.Before, e.After = enfCompact(t, e.Before), enfCompact(t, e.After)
		if e.Target == sgKey && (!strings.Contains(string(e.Before), `"from_port":22`) || strings.Contains(string(e.After), `"from_port":22`) ||
			!strings.Contains(string(e.After), `"from_port":443`)) {
			t.Errorf("security group revert: before %s after %s", e.Before, e.After)
		}
		if e.Target == dataKey && (strings.Contains(string(e.Before), "public_access_block") || !strings.Contains(string(e.After), "public_access_block")) {
			t.Errorf("bucket revert: before %s after %s", e.Before, e.After)
		}
	}

	// Mode all: the tag goes back too. A bucket created since the baseline cannot be
	// reverted (Plumb deletes nothing in AWS): the failure is audited once, and the next
	// cycle, a process of its own, does not attempt it again.
	must(s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("plumb-new")}))
	run(0, "enforce", "set", "--scope", scope, "--db", db, "--no-config", "--mode", "all", "--by", "alice@example.com")
	once := func() string {
		t.Helper()
		code, out, stderr := enfPlumb(t, cmd("drift", "watch", "--once")...)
		if code == 2 {
			t.Fatalf("watch --once: exit 2\n%s%s", out, stderr)
		}
		return out
	}
	out = once()
	if !strings.Contains(out, "REVERTED changed "+taggedKey) || !strings.Contains(out, "REVERT FAILED added arn:aws:s3:::plumb-new") ||
		!strings.Contains(out, "not revertible") {
		t.Errorf("watch cycle in mode all:\n%s", out)
	}
	if out = once(); strings.Contains(out, "REVERT") {
		t.Errorf("the next cycle attempted a revert again:\n%s", out)
	}
	var failed enfAudit
	if err := json.Unmarshal([]byte(run(0, "audit", "--scope", scope, "--action", "drift.revert.failed", "--db", db, "--no-config", "-o", "json")), &failed); err != nil {
		t.Fatal(err)
	}
	if len(failed) != 1 || failed[0].Target != "arn:aws:s3:::plumb-new" {
		t.Errorf("failed reverts audited: %+v, want the new bucket once", failed)
	}
}
