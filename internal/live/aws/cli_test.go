package aws_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/plumbsec/plumb/internal/cli"
	"github.com/plumbsec/plumb/internal/live/aws/mototest"
)

func plumb(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = cli.Execute(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestScanLiveAWS: `plumb scan --live aws` reports live findings in every output format,
// each pointing at the live resource, with the exit codes of a scan of files.
func TestScanLiveAWS(t *testing.T) {
	srv := mototest.Shared(t)
	mototest.Env(t, "") // the endpoint comes from --endpoint
	c := s3.NewFromConfig(srv.Config(), func(o *s3.Options) { o.UsePathStyle = true })
	must(t, err2(c.CreateBucket(context.Background(), &s3.CreateBucketInput{Bucket: aws.String("plumb-web"), ACL: s3types.BucketCannedACLPublicRead})))
	base := []string{"scan", "--live", "aws", "--endpoint", srv.URL, "--scope", "aws:" + account + "/us-east-1", "--no-config"}
	const where = "<aws://" + account + "/us-east-1/aws_s3_bucket/plumb-web>"

	code, out, stderr := plumb(t, append(base, "-o", "text", "--no-color")...)
	if code != 1 {
		t.Fatalf("text: exit %d, want 1\n%s", code, stderr)
	}
	if !strings.Contains(out, where+"  arn:aws:s3:::plumb-web") || !strings.Contains(out, "PLB-AWS-S3-001") {
		t.Errorf("text output does not point at %s:\n%s", where, out)
	}

	code, out, _ = plumb(t, append(base, "-o", "json")...)
	var doc struct {
		Findings []struct {
			RuleID   string `json:"rule_id"`
			Resource string
			Origin   string
			Location struct {
				File      string
				StartLine int `json:"start_line"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != 1 {
		t.Fatalf("json: exit %d, %v", code, err)
	}
	var onBucket int
	for _, f := range doc.Findings {
		if f.Origin != "live-aws" || !strings.HasPrefix(f.Location.File, "<aws://"+account+"/") || f.Location.StartLine != 0 {
			t.Errorf("json: %s on %s: origin %s, location %+v", f.RuleID, f.Resource, f.Origin, f.Location)
		}
		if f.Resource == "arn:aws:s3:::plumb-web" {
			onBucket++
		}
	}
	if onBucket == 0 {
		t.Error("json: no finding on the bucket")
	}

	// SARIF keeps a live finding on its logical location: no artifact is invented for it.
	code, out, _ = plumb(t, append(base, "-o", "sarif")...)
	var sarif struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation *json.RawMessage `json:"physicalLocation"`
					LogicalLocations []struct {
						FullyQualifiedName string `json:"fullyQualifiedName"`
					} `json:"logicalLocations"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &sarif); err != nil || code != 1 || len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) == 0 {
		t.Fatalf("sarif: exit %d, %v", code, err)
	}
	for _, r := range sarif.Runs[0].Results {
		if l := r.Locations[0]; l.PhysicalLocation != nil || len(l.LogicalLocations) != 1 {
			t.Errorf("sarif: location %s / %v", string(*l.PhysicalLocation), l.LogicalLocations)
		}
	}

	code, out, _ = plumb(t, append(base, "-o", "junit")...)
	if err := xml.Unmarshal([]byte(out), new(struct{})); err != nil || code != 1 || !strings.Contains(out, "arn:aws:s3:::plumb-web") {
		t.Errorf("junit: exit %d, %v", code, err)
	}

	// A public bucket is both an entry point and a crown jewel: it is a breach path by
	// itself, so its findings are raised one level and the public ACL (high) fails even a
	// critical gate, with the path printed.
	code, out, stderr = plumb(t, append(base, "--fail-on", "critical", "-o", "text", "--no-color")...)
	if code != 1 {
		t.Errorf("--fail-on critical: exit %d, want 1 (a public bucket is its own breach path)\n%s", code, stderr)
	}
	if !strings.Contains(out, "Breach paths") || !strings.Contains(out, "CRITICAL  PLB-AWS-S3-001") {
		t.Errorf("the public ACL is not reported as a critical breach-path finding:\n%s", out)
	}
}

func TestScanLiveAWSUsageErrors(t *testing.T) {
	srv := mototest.Shared(t)
	mototest.Env(t, srv.URL)
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"another account", []string{"--scope", "aws:999999999999/us-east-1"}, "not 999999999999"},
		{"a kubernetes scope", []string{"--scope", "kubernetes:prod"}, "not an aws:ACCOUNT/REGION scope"},
		{"a bad region", []string{"--region", "Mars"}, "not a region name"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := plumb(t, append([]string{"scan", "--live", "aws", "--no-config"}, c.args...)...)
			if code != 2 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr, c.want)
			}
		})
	}
}
