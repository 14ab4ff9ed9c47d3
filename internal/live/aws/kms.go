package aws

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/kms"
	kmstypes "github.com/aws/aws-sdk-go-v2/service/kms/types"

	"github.com/plumbsec/plumb/internal/resource"
)

// collectKeys reads the region's customer managed keys with their rotation and policy.
// AWS managed keys (aws/s3, aws/ebs) are AWS's to rotate and are left out, as are keys
// already scheduled for deletion.
func collectKeys(ctx context.Context, j *job) error {
	client := kms.NewFromConfig(j.c.cfg, func(o *kms.Options) { o.Region = j.region })
	var ids []string
	p := kms.NewListKeysPaginator(client, &kms.ListKeysInput{Limit: j.c.pageSize(1, 1000)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return err
		}
		for _, k := range page.Keys {
			ids = append(ids, aws.ToString(k.KeyId))
		}
	}
	forEach(ctx, j.c.concurrency(), ids, func(id string) { j.readKey(ctx, client, id) })
	return nil
}

func (j *job) readKey(ctx context.Context, client *kms.Client, id string) {
	out, err := client.DescribeKey(ctx, &kms.DescribeKeyInput{KeyId: aws.String(id)})
	if err != nil {
		j.incomplete("aws_kms_key", err)
		return
	}
	m := out.KeyMetadata
	if m == nil || m.KeyManager == kmstypes.KeyManagerTypeAws ||
		m.KeyState == kmstypes.KeyStatePendingDeletion || m.KeyState == kmstypes.KeyStatePendingReplicaDeletion {
		return
	}
	a := attrs{"is_enabled": m.Enabled}
	a.str("description", m.Description)
	a.text("key_usage", string(m.KeyUsage))
	a.text("customer_master_key_spec", string(m.KeySpec))
	a.boolean("multi_region", m.MultiRegion)
	r := j.emit("aws_kms_key", aws.ToString(m.Arn), id, a)
	// Only symmetric encryption keys rotate; asking about another kind is an error. An
	// empty spec or usage is the API's default, a symmetric encryption key.
	symmetric := m.KeySpec == "" || m.KeySpec == kmstypes.KeySpecSymmetricDefault
	if symmetric && (m.KeyUsage == "" || m.KeyUsage == kmstypes.KeyUsageTypeEncryptDecrypt) {
		rot, err := client.GetKeyRotationStatus(ctx, &kms.GetKeyRotationStatusInput{KeyId: aws.String(id)})
		if err != nil {
			j.unknown(r, resource.Path{"enable_key_rotation"}, err)
		} else {
			a["enable_key_rotation"] = rot.KeyRotationEnabled
			a.i32("rotation_period_in_days", rot.RotationPeriodInDays)
		}
	}
	pol, err := client.GetKeyPolicy(ctx, &kms.GetKeyPolicyInput{KeyId: aws.String(id), PolicyName: aws.String("default")})
	if err != nil {
		j.unknown(r, resource.Path{"policy"}, err)
		return
	}
	if d := aws.ToString(pol.Policy); d != "" {
		a["policy"] = document(d)
	}
}
