package aws_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	liveaws "github.com/plumbsec/plumb/internal/live/aws"
	"github.com/plumbsec/plumb/internal/live/aws/mototest"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/scan"
)

// fast keeps retries short: the tests throttle on purpose.
var fast = liveaws.Options{MaxBackoff: 5 * time.Millisecond}

// seedBucketAndRole gives every service under test something to list.
func seedBucketAndRole(t *testing.T, srv *mototest.Server) {
	t.Helper()
	ctx := context.Background()
	s3c := s3.NewFromConfig(srv.Config(), func(o *s3.Options) { o.UsePathStyle = true })
	must(t, err2(s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("plumb-data")})))
	must(t, err2(iam.NewFromConfig(srv.Config()).CreateRole(ctx, &iam.CreateRoleInput{RoleName: aws.String("app"),
		AssumeRolePolicyDocument: aws.String(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}`)})))
}

func TestADeniedServiceIsReportedAndSkipped(t *testing.T) {
	srv := mototest.Shared(t)
	seedBucketAndRole(t, srv)
	proxy := mototest.NewProxy(t, srv)
	proxy.Deny("iam")

	snap := collect(t, &mototest.Server{URL: proxy.URL}, fast)
	byKey(t, snap, "arn:aws:s3:::plumb-data") // the rest is collected
	for _, r := range snap.Resources {
		if strings.HasPrefix(r.Type, "aws_iam_") {
			t.Errorf("%s collected through a denied service", r.Key)
		}
	}
	for _, typ := range []string{"aws_iam_role", "aws_iam_user", "aws_iam_policy", "aws_iam_account_password_policy"} {
		if !slices.Contains(snap.Partial, typ) {
			t.Errorf("Partial %v lacks %s", snap.Partial, typ)
		}
	}
	if slices.Contains(snap.Partial, "aws_s3_bucket") {
		t.Errorf("Partial %v names a service that answered", snap.Partial)
	}
	var iamDiags int
	for _, d := range snap.Diagnostics {
		if d.Error {
			t.Errorf("access denied is a warning, not an error: %s", d)
		}
		if strings.HasPrefix(d.Summary, "iam ") && strings.Contains(d.Summary, "access denied") {
			iamDiags++
		}
	}
	if iamDiags != 5 {
		t.Errorf("%d iam diagnostics, want one per IAM listing (5): %v", iamDiags, snap.Diagnostics)
	}
}

func TestAValueThatCannotBeReadIsUnknownNotAbsent(t *testing.T) {
	srv := mototest.Shared(t)
	seedBucketAndRole(t, srv)
	proxy := mototest.NewProxy(t, srv)
	proxy.Deny("s3", "GetBucketPolicy", "GetPublicAccessBlock")

	snap := collect(t, &mototest.Server{URL: proxy.URL}, fast)
	b := byKey(t, snap, "arn:aws:s3:::plumb-data")
	for _, p := range []resource.Path{{"policy"}, {"public_access_block"}} {
		if v, _ := resource.Get(b.Attributes, p); !resource.IsUnknown(v) {
			t.Errorf("%s = %#v, want Unknown", p, v)
		}
	}
	if got := fmt.Sprint(b.Unknowns); got != "[policy public_access_block]" {
		t.Errorf("Unknowns %s", got)
	}
	// A rule that needs the value does not fire; the check is reported as skipped.
	res, err := scan.Live(context.Background(), builtinEngine(t), []*resource.Resource{b}, nil, scan.LiveOptions{})
	must(t, err)
	fired := firedAt(res.Findings, b.Key)
	for _, id := range []string{"PLB-AWS-S3-002", "PLB-AWS-S3-010"} {
		for _, f := range fired {
			if strings.HasPrefix(f, id+" ") {
				t.Errorf("%s fired on an unknown value: %v", id, fired)
			}
		}
	}
	if len(res.Skipped) == 0 {
		t.Error("no check reported as skipped for the unknown values")
	}
	var summaries []string
	for _, d := range snap.Diagnostics {
		summaries = append(summaries, d.Summary)
	}
	want := []string{
		"s3:GetBucketPolicy access denied for 1 resource: policy is unknown",
		"s3:GetPublicAccessBlock access denied for 1 resource: public_access_block is unknown",
	}
	if !slices.Equal(summaries, want) {
		t.Errorf("diagnostics %q, want %q", summaries, want)
	}
}

func TestThrottlingIsRetriedWithBackoff(t *testing.T) {
	srv := mototest.Shared(t)
	seedBucketAndRole(t, srv)
	proxy := mototest.NewProxy(t, srv)
	proxy.Throttle("ec2", 4)
	proxy.Throttle("iam", 3)

	snap := collect(t, &mototest.Server{URL: proxy.URL}, fast)
	if len(snap.Diagnostics) > 0 || len(snap.Partial) > 0 {
		t.Fatalf("throttling was not absorbed: partial %v, %v", snap.Partial, snap.Diagnostics)
	}
	byKey(t, snap, "arn:aws:iam::"+account+":role/app")
	var groups int
	for _, r := range snap.Resources {
		if r.Type == "aws_default_security_group" {
			groups++
		}
	}
	if groups == 0 {
		t.Error("no security group collected after throttling")
	}
}

func TestThrottlingThatOutlastsRetriesFailsOneService(t *testing.T) {
	srv := mototest.Shared(t)
	seedBucketAndRole(t, srv)
	proxy := mototest.NewProxy(t, srv)
	proxy.Throttle("kms", 1000)
	opts := fast
	opts.MaxAttempts = 3

	snap := collect(t, &mototest.Server{URL: proxy.URL}, opts)
	if !slices.Equal(snap.Partial, []string{"aws_kms_key"}) {
		t.Errorf("Partial %v, want [aws_kms_key]", snap.Partial)
	}
	if len(snap.Diagnostics) != 1 || !snap.Diagnostics[0].Error || !strings.Contains(snap.Diagnostics[0].Detail, "ThrottlingException") {
		t.Errorf("want one error naming the throttling: %v", snap.Diagnostics)
	}
	if n := proxy.Requests("kms"); n != 3 {
		t.Errorf("%d kms requests, want MaxAttempts (3)", n)
	}
	byKey(t, snap, "arn:aws:s3:::plumb-data")
}

// TestListingsArePaged creates more security groups and roles than a page holds: EC2 pages
// through the proxy (moto returns every group at once), IAM through moto's own Marker.
func TestListingsArePaged(t *testing.T) {
	srv := mototest.Shared(t)
	ctx := context.Background()
	e := ec2.NewFromConfig(srv.Config())
	c := iam.NewFromConfig(srv.Config())
	const n = 12
	for i := range n {
		must(t, err2(e.CreateSecurityGroup(ctx, &ec2.CreateSecurityGroupInput{GroupName: aws.String(fmt.Sprintf("g%02d", i)), Description: aws.String("paged")})))
		must(t, err2(c.CreateRole(ctx, &iam.CreateRoleInput{RoleName: aws.String(fmt.Sprintf("r%02d", i)), AssumeRolePolicyDocument: aws.String(`{"Version":"2012-10-17","Statement":[]}`)})))
	}
	proxy := mototest.NewProxy(t, srv)
	proxy.PageSecurityGroups()

	snap := collect(t, &mototest.Server{URL: proxy.URL}, liveaws.Options{PageSize: 5})
	count := func(typ string) int {
		k := 0
		for _, r := range snap.Resources {
			if r.Type == typ {
				k++
			}
		}
		return k
	}
	if got := count("aws_security_group") + count("aws_default_security_group"); got != n+1 {
		t.Errorf("%d security groups, want %d (and the default group)", got, n+1)
	}
	if got := proxy.Requests("ec2:DescribeSecurityGroups"); got != 3 {
		t.Errorf("%d DescribeSecurityGroups pages, want 3 for %d groups of 5", got, n+1)
	}
	if got := count("aws_iam_role"); got != n {
		t.Errorf("%d roles, want %d", got, n)
	}
	if got := proxy.Requests("iam:ListRoles"); got != 3 {
		t.Errorf("%d ListRoles pages, want 3", got)
	}
}
