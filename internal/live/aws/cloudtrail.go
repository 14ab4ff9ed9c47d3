package aws

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudtrail"
	cttypes "github.com/aws/aws-sdk-go-v2/service/cloudtrail/types"

	"github.com/plumbsec/plumb/internal/resource"
)

// collectTrails reads the trails whose home is this region; a multi-region trail is listed
// once, in its home region's scope, not as a shadow in every region it records.
func collectTrails(ctx context.Context, j *job) error {
	client := cloudtrail.NewFromConfig(j.c.cfg, func(o *cloudtrail.Options) { o.Region = j.region })
	out, err := client.DescribeTrails(ctx, &cloudtrail.DescribeTrailsInput{IncludeShadowTrails: aws.Bool(false)})
	if err != nil {
		return err
	}
	forEach(ctx, j.c.concurrency(), out.TrailList, func(t cttypes.Trail) {
		name := aws.ToString(t.Name)
		a := attrs{"name": name}
		a.str("s3_bucket_name", t.S3BucketName)
		a.str("s3_key_prefix", t.S3KeyPrefix)
		a.boolean("is_multi_region_trail", t.IsMultiRegionTrail)
		a.boolean("is_organization_trail", t.IsOrganizationTrail)
		a.boolean("include_global_service_events", t.IncludeGlobalServiceEvents)
		a.boolean("enable_log_file_validation", t.LogFileValidationEnabled)
		a.str("kms_key_id", t.KmsKeyId)
		a.str("cloud_watch_logs_group_arn", t.CloudWatchLogsLogGroupArn)
		a.str("cloud_watch_logs_role_arn", t.CloudWatchLogsRoleArn)
		a.str("sns_topic_name", t.SnsTopicName)
		var refs []resource.Reference
		if b := aws.ToString(t.S3BucketName); b != "" {
			refs = append(refs, ref("s3_bucket_name", "arn:"+j.partition()+":s3:::"+b))
		}
		r := j.emit("aws_cloudtrail", aws.ToString(t.TrailARN), name, a, refs...)
		st, err := client.GetTrailStatus(ctx, &cloudtrail.GetTrailStatusInput{Name: t.TrailARN})
		if err != nil {
			j.unknown(r, resource.Path{"enable_logging"}, err)
			return
		}
		a.boolean("enable_logging", st.IsLogging)
	})
	return nil
}
