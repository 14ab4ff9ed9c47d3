package aws_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	liveaws "github.com/plumbsec/plumb/internal/live/aws"
	"github.com/plumbsec/plumb/internal/live/aws/mototest"
)

// BenchmarkCollect collects n buckets and n security groups (with a rule each) from moto:
// the collector's own cost plus moto's, which answers every call in Python and dominates
// the wall time. plumb-cpu-ms/op is this process's CPU alone (signing, decoding, building
// resources). Each bucket takes seven calls for its settings and, with moto, an eighth
// for its region, which S3 itself names in ListBuckets; groups come in pages.
func BenchmarkCollect(b *testing.B) {
	for _, n := range []int{50, 250} {
		b.Run(fmt.Sprintf("buckets=%d,groups=%d", n, n), func(b *testing.B) {
			srv := mototest.Shared(b)
			seedBench(b, srv, n)
			mototest.Env(b, srv.URL)
			ctx := context.Background()
			var resources int
			cpu0, cpuOK := cpuTime()
			for b.Loop() {
				snap, err := liveaws.Collect(ctx, liveaws.Options{})
				if err != nil {
					b.Fatal(err)
				}
				if len(snap.Diagnostics) > 0 {
					b.Fatal(snap.Diagnostics)
				}
				resources = len(snap.Resources)
			}
			b.ReportMetric(float64(resources), "resources/op")
			if cpu1, ok := cpuTime(); ok && cpuOK {
				b.ReportMetric(float64(cpu1-cpu0)/1e6/float64(b.N), "plumb-cpu-ms/op")
			}
		})
	}
}

func seedBench(b testing.TB, srv *mototest.Server, n int) {
	ctx := context.Background()
	s3c := s3.NewFromConfig(srv.Config(), func(o *s3.Options) { o.UsePathStyle = true })
	e := ec2.NewFromConfig(srv.Config())
	for i := range n {
		if _, err := s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String(fmt.Sprintf("plumb-bench-%04d", i))}); err != nil {
			b.Fatal(err)
		}
		g, err := e.CreateSecurityGroup(ctx, &ec2.CreateSecurityGroupInput{GroupName: aws.String(fmt.Sprintf("bench-%04d", i)), Description: aws.String("bench")})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := e.AuthorizeSecurityGroupIngress(ctx, &ec2.AuthorizeSecurityGroupIngressInput{GroupId: g.GroupId,
			IpPermissions: []ec2types.IpPermission{tcp(443, "0.0.0.0/0", "https")}}); err != nil {
			b.Fatal(err)
		}
	}
}
