package drift_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/plumbsec/plumb/internal/live/aws/mototest"
)

// TestAWSDriftEndToEnd: against moto, after a region is approved, a bucket whose public
// access block is removed is risky drift, a bucket whose tag changed is benign, and a
// security group whose HTTPS ingress was removed and whose SSH was opened to the world is
// ONE risky entry holding both changes. A bucket that was already public when approved
// yields accepted findings in a live scan, not open ones.
func TestAWSDriftEndToEnd(t *testing.T) {
	srv := mototest.Shared(t)
	mototest.Env(t, "") // the endpoint comes from --endpoint
	ctx := context.Background()
	cfg := srv.Config()
	s3c := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
	e := ec2.NewFromConfig(cfg)

	for _, b := range []string{"drift-private", "drift-logs", "drift-website"} {
		must(t, err2(s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String(b)})))
	}
	must(t, err2(s3c.PutPublicAccessBlock(ctx, &s3.PutPublicAccessBlockInput{Bucket: aws.String("drift-private"),
		PublicAccessBlockConfiguration: &s3types.PublicAccessBlockConfiguration{BlockPublicAcls: aws.Bool(true),
			BlockPublicPolicy: aws.Bool(true), IgnorePublicAcls: aws.Bool(true), RestrictPublicBuckets: aws.Bool(true)}})))
	must(t, err2(s3c.PutBucketTagging(ctx, &s3.PutBucketTaggingInput{Bucket: aws.String("drift-logs"),
		Tagging: &s3types.Tagging{TagSet: []s3types.Tag{{Key: aws.String("team"), Value: aws.String("platform")}}}})))
	// The website bucket is public on purpose, and approved as such.
	must(t, err2(s3c.PutBucketAcl(ctx, &s3.PutBucketAclInput{Bucket: aws.String("drift-website"), ACL: s3types.BucketCannedACLPublicRead})))
	sg, err := e.CreateSecurityGroup(ctx, &ec2.CreateSecurityGroupInput{GroupName: aws.String("drift-web"), Description: aws.String("web front")})
	must(t, err)
	must(t, err2(e.AuthorizeSecurityGroupIngress(ctx, &ec2.AuthorizeSecurityGroupIngressInput{GroupId: sg.GroupId,
		IpPermissions: []ec2types.IpPermission{tcp(443, "0.0.0.0/0", "https")}})))

	db := filepath.Join(t.TempDir(), "plumb.db")
	scope := "aws:" + mototest.Account + "/" + mototest.Region
	common := []string{"--scope", scope, "--endpoint", srv.URL, "--no-config"}
	code, out, stderr := plumb(t, db, append([]string{"baseline", "create", "--approved-by", "alice"}, common...)...)
	if code != 0 {
		t.Fatalf("baseline create: exit %d\n%s%s", code, out, stderr)
	}
	t.Logf("baseline create: %s", out)
	code, out, stderr = plumb(t, db, append([]string{"drift"}, common...)...)
	if code != 0 || !strings.Contains(out, "No drift.") {
		t.Fatalf("drift right after the baseline: exit %d\n%s%s", code, out, stderr)
	}

	must(t, err2(s3c.DeletePublicAccessBlock(ctx, &s3.DeletePublicAccessBlockInput{Bucket: aws.String("drift-private")})))
	must(t, err2(s3c.PutBucketTagging(ctx, &s3.PutBucketTaggingInput{Bucket: aws.String("drift-logs"),
		Tagging: &s3types.Tagging{TagSet: []s3types.Tag{{Key: aws.String("team"), Value: aws.String("data")}}}})))
	must(t, err2(e.RevokeSecurityGroupIngress(ctx, &ec2.RevokeSecurityGroupIngressInput{GroupId: sg.GroupId,
		IpPermissions: []ec2types.IpPermission{tcp(443, "0.0.0.0/0", "https")}})))
	must(t, err2(e.AuthorizeSecurityGroupIngress(ctx, &ec2.AuthorizeSecurityGroupIngressInput{GroupId: sg.GroupId,
		IpPermissions: []ec2types.IpPermission{tcp(22, "0.0.0.0/0", "admin ssh")}})))

	code, out, stderr = plumb(t, db, append([]string{"drift", "-o", "json"}, common...)...)
	if code != 1 {
		t.Fatalf("drift: exit %d, want 1\n%s%s", code, out, stderr)
	}
	d := decodeDrift(t, out)
	sgKey := "arn:aws:ec2:" + mototest.Region + ":" + mototest.Account + ":security-group/" + aws.ToString(sg.GroupId)
	byKey := map[string]int{}
	for i, e := range d.Entries {
		byKey[e.Key] = i
	}
	if len(d.Entries) != 3 {
		t.Errorf("%d entries, want 3 (the private bucket, the logs bucket, the security group):\n%s", len(d.Entries), out)
	}
	check := func(key, kind, verdict string) (rules []string, changes []string) {
		t.Helper()
		i, ok := byKey[key]
		if !ok {
			t.Fatalf("no entry for %s:\n%s", key, out)
		}
		e := d.Entries[i]
		if e.Kind != kind || e.Verdict != verdict {
			t.Errorf("%s: %s %s, want %s %s", key, e.Kind, e.Verdict, kind, verdict)
		}
		for _, c := range e.Changes {
			changes = append(changes, c.Path)
		}
		return e.Rules, changes
	}
	privateRules, changes := check("arn:aws:s3:::drift-private", "changed", "risky")
	if len(privateRules) == 0 || !slices.ContainsFunc(changes, func(p string) bool { return strings.HasPrefix(p, "public_access_block") }) {
		t.Errorf("private bucket: rules %v, changes %v; want the public-access-block rules and change", privateRules, changes)
	}
	rules, changes := check("arn:aws:s3:::drift-logs", "changed", "benign")
	if len(rules) != 0 || !slices.Equal(changes, []string{"tags.team"}) {
		t.Errorf("logs bucket: rules %v, changes %v; want no rule and tags.team alone", rules, changes)
	}
	rules, changes = check(sgKey, "changed", "risky")
	if !slices.Contains(rules, "PLB-AWS-VPC-001") {
		t.Errorf("security group: rules %v, want PLB-AWS-VPC-001 (SSH open to the world)", rules)
	}
	if len(changes) != 2 {
		t.Errorf("security group: changes %v, want two: the HTTPS rule removed and the SSH rule added", changes)
	}
	sgEntry := d.Entries[byKey[sgKey]]
	var removed443, added22 bool
	for _, c := range sgEntry.Changes {
		before, _ := c.Before.(map[string]any)
		after, _ := c.After.(map[string]any)
		removed443 = removed443 || (before != nil && after == nil && before["from_port"] == 443.0)
		added22 = added22 || (after != nil && before == nil && after["from_port"] == 22.0)
	}
	if !removed443 || !added22 {
		t.Errorf("security group changes = %+v, want 443 removed and 22 added", sgEntry.Changes)
	}

	// The live scan: the website bucket was public when approved, so its findings are
	// accepted; the private bucket's lost public access block is new, so open.
	code, out, stderr = plumb(t, db, "scan", "--live", "aws", "--scope", scope, "--endpoint", srv.URL, "--no-config", "-o", "json")
	if code != 1 {
		t.Fatalf("live scan: exit %d\n%s", code, stderr)
	}
	var scan struct {
		Findings []struct {
			RuleID   string `json:"rule_id"`
			Resource string
			Status   string
		}
	}
	if err := json.Unmarshal([]byte(out), &scan); err != nil {
		t.Fatal(err)
	}
	var websiteOpen, websiteAccepted, privateOpen int
	for _, f := range scan.Findings {
		switch {
		case f.Resource == "arn:aws:s3:::drift-website" && f.Status == "open":
			websiteOpen++
		case f.Resource == "arn:aws:s3:::drift-website" && f.Status == "accepted":
			websiteAccepted++
		case f.Resource == "arn:aws:s3:::drift-private" && f.Status == "open" && slices.Contains(privateRules, f.RuleID):
			privateOpen++
		}
	}
	if websiteAccepted == 0 || websiteOpen != 0 {
		t.Errorf("website bucket: %d accepted, %d open; want every finding accepted by the baseline", websiteAccepted, websiteOpen)
	}
	if privateOpen != len(privateRules) {
		t.Errorf("private bucket: %d open findings of the rules its drift broke (%v), want one each", privateOpen, privateRules)
	}
}

func tcp(port int32, cidr, desc string) ec2types.IpPermission {
	r := ec2types.IpRange{CidrIp: aws.String(cidr), Description: aws.String(desc)}
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

// TestAWSPartialSnapshotNeverRemoves: when S3 refuses the caller (403 from a proxy in front
// of moto), no bucket of the baseline is reported removed, the run says what it could not
// read, and a baseline cannot be taken of that partial view without --allow-partial.
func TestAWSPartialSnapshotNeverRemoves(t *testing.T) {
	srv := mototest.Shared(t)
	mototest.Env(t, "")
	ctx := context.Background()
	s3c := s3.NewFromConfig(srv.Config(), func(o *s3.Options) { o.UsePathStyle = true })
	for _, b := range []string{"partial-a", "partial-b"} {
		must(t, err2(s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String(b)})))
	}
	db := filepath.Join(t.TempDir(), "plumb.db")
	scope := "aws:" + mototest.Account + "/" + mototest.Region
	code, out, stderr := plumb(t, db, "baseline", "create", "--scope", scope, "--endpoint", srv.URL, "--no-config", "--approved-by", "alice")
	if code != 0 {
		t.Fatalf("baseline create: exit %d\n%s%s", code, out, stderr)
	}

	proxy := mototest.NewProxy(t, srv)
	proxy.Deny("s3")
	denied := []string{"--scope", scope, "--endpoint", proxy.URL, "--no-config"}
	code, out, stderr = plumb(t, db, append([]string{"drift", "-o", "json"}, denied...)...)
	if code != 0 {
		t.Fatalf("drift with S3 denied: exit %d, want 0 (nothing changed that could be seen)\n%s%s", code, out, stderr)
	}
	d := decodeDrift(t, out)
	if !slices.Contains(d.Partial, "aws_s3_bucket") {
		t.Errorf("partial = %v, want aws_s3_bucket in it", d.Partial)
	}
	for _, e := range d.Entries {
		if e.Kind == "removed" {
			t.Errorf("%s reported removed while S3 could not be read", e.Key)
		}
	}
	code, out, _ = plumb(t, db, append([]string{"drift"}, denied...)...)
	if code != 0 || !strings.Contains(out, "aws_s3_bucket") || !strings.Contains(out, "none of them is reported removed") {
		t.Errorf("text drift with S3 denied: exit %d\n%s", code, out)
	}
	code, _, stderr = plumb(t, db, append([]string{"baseline", "create", "--approved-by", "alice"}, denied...)...)
	if code != 2 || !strings.Contains(stderr, "aws_s3_bucket") || !strings.Contains(stderr, "--allow-partial") {
		t.Errorf("baseline of a partial view: exit %d, want 2 naming what was not read\n%s", code, stderr)
	}
}

// TestAWSDriftAgainstTerraform: `plumb drift --against DIR` matches the Terraform's bucket
// and security group with the live ones by name (addresses and ARNs differ), compares what
// the code declares, and judges the differences: versioning suspended and SSH opened are
// risky; what the code does not declare (the default VPC) is reported added.
func TestAWSDriftAgainstTerraform(t *testing.T) {
	srv := mototest.Shared(t)
	mototest.Env(t, "")
	ctx := context.Background()
	cfg := srv.Config()
	s3c := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
	e := ec2.NewFromConfig(cfg)
	must(t, err2(s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("against-site")})))
	must(t, err2(s3c.PutBucketTagging(ctx, &s3.PutBucketTaggingInput{Bucket: aws.String("against-site"),
		Tagging: &s3types.Tagging{TagSet: []s3types.Tag{{Key: aws.String("team"), Value: aws.String("web")}}}})))
	must(t, err2(s3c.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: aws.String("against-site"),
		VersioningConfiguration: &s3types.VersioningConfiguration{Status: s3types.BucketVersioningStatusSuspended}})))
	sg, err := e.CreateSecurityGroup(ctx, &ec2.CreateSecurityGroupInput{GroupName: aws.String("against-web"), Description: aws.String("web front")})
	must(t, err)
	must(t, err2(e.AuthorizeSecurityGroupIngress(ctx, &ec2.AuthorizeSecurityGroupIngressInput{GroupId: sg.GroupId,
		IpPermissions: []ec2types.IpPermission{tcp(443, "0.0.0.0/0", "https"), tcp(22, "0.0.0.0/0", "ssh")}})))

	db := filepath.Join(t.TempDir(), "plumb.db")
	code, out, stderr := plumb(t, db, "drift", "-o", "json", "--against", filepath.Join("testdata", "aws"),
		"--scope", "aws:"+mototest.Account+"/"+mototest.Region, "--endpoint", srv.URL, "--no-config")
	if code != 1 {
		t.Fatalf("drift --against: exit %d, want 1\n%s%s", code, out, stderr)
	}
	d := decodeDrift(t, out)
	sgKey := "arn:aws:ec2:" + mototest.Region + ":" + mototest.Account + ":security-group/" + aws.ToString(sg.GroupId)
	found := map[string]bool{}
	for _, e := range d.Entries {
		switch e.Key {
		case "arn:aws:s3:::against-site":
			found[e.Key] = true
			var paths []string
			for _, c := range e.Changes {
				paths = append(paths, c.Path)
			}
			if e.Kind != "changed" || e.Verdict != "risky" || !slices.Equal(paths, []string{"versioning.enabled"}) {
				t.Errorf("bucket: %s %s %v, changes %v; want changed, risky, versioning.enabled alone", e.Kind, e.Verdict, e.Rules, paths)
			}
		case sgKey:
			found[e.Key] = true
			if e.Kind != "changed" || e.Verdict != "risky" || !slices.Contains(e.Rules, "PLB-AWS-VPC-001") || len(e.Changes) != 1 {
				t.Errorf("security group: %s %s %v, changes %+v; want changed, risky with PLB-AWS-VPC-001, the SSH rule added", e.Kind, e.Verdict, e.Rules, e.Changes)
			}
		default:
			if e.Kind == "removed" {
				t.Errorf("%s: declared but not found live, yet it exists", e.Key)
			}
		}
	}
	if len(found) != 2 {
		t.Errorf("the declared bucket and group were not matched with the live ones:\n%s", out)
	}
	if d.Baseline != 0 || d.Summary.Added == 0 {
		t.Errorf("run: baseline %d, summary %+v; want no baseline and the undeclared default VPC added", d.Baseline, d.Summary)
	}
}
