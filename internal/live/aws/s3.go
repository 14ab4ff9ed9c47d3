package aws

import (
	"context"
	"sort"
	"strings"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/plumbsec/plumb/internal/resource"
)

// s3Client returns a client for region; with an endpoint override (a local target) S3 is
// addressed path-style, since bucket.localhost names resolve nowhere.
func (c *collector) s3Client(region string) *s3.Client {
	return s3.NewFromConfig(c.cfg, func(o *s3.Options) {
		o.Region = region
		o.UsePathStyle = c.pathStyle
	})
}

// in returns a job for another collected scope, for a global listing whose items live in
// regions (buckets).
func (j *job) in(region string) (*job, bool) {
	sc, ok := j.c.scopeOf(region)
	if !ok {
		return nil, false
	}
	return &job{c: j.c, scope: sc, region: region}, true
}

// collectBuckets lists the account's buckets once and reads each bucket in a collected
// region into one aws_s3_bucket, merged as the canonical model merges the separate
// Terraform resources.
func collectBuckets(ctx context.Context, j *job) error {
	home := j.c.s3Client(j.region)
	var names []string
	regionOf := map[string]string{}
	// Any parameter makes S3 return each bucket's region, which saves a GetBucketLocation
	// per bucket; MaxBuckets is the one that changes nothing else.
	size := j.c.pageSize(1, 10000)
	if size == nil {
		size = aws.Int32(10000)
	}
	p := s3.NewListBucketsPaginator(home, &s3.ListBucketsInput{MaxBuckets: size})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return err
		}
		for _, b := range page.Buckets {
			n := aws.ToString(b.Name)
			names = append(names, n)
			regionOf[n] = aws.ToString(b.BucketRegion)
		}
	}
	type bucket struct{ name, region string }
	var todo []bucket
	var mu sync.Mutex
	forEach(ctx, j.c.concurrency(), names, func(n string) {
		region := regionOf[n]
		if region == "" {
			out, err := home.GetBucketLocation(ctx, &s3.GetBucketLocationInput{Bucket: aws.String(n)})
			if err != nil {
				j.incomplete("aws_s3_bucket", err)
				return
			}
			region = bucketRegion(out.LocationConstraint)
		}
		mu.Lock()
		todo = append(todo, bucket{n, region})
		mu.Unlock()
	})
	forEach(ctx, j.c.concurrency(), todo, func(b bucket) {
		if bj, ok := j.in(b.region); ok {
			bj.readBucket(ctx, j.c.s3Client(b.region), b.name)
		}
	})
	return nil
}

// bucketRegion reads GetBucketLocation's answer: empty is us-east-1, EU is eu-west-1.
func bucketRegion(c s3types.BucketLocationConstraint) string {
	switch c {
	case "":
		return "us-east-1"
	case s3types.BucketLocationConstraintEu:
		return "eu-west-1"
	}
	return string(c)
}

func (j *job) readBucket(ctx context.Context, client *s3.Client, name string) {
	a := attrs{"bucket": name}
	r := j.emit("aws_s3_bucket", "arn:"+j.partition()+":s3:::"+name, name, a)
	for _, read := range []func(context.Context, *s3.Client, *string, attrs) (resource.Path, error){
		readVersioning, readEncryption, readPublicAccessBlock, readBucketPolicy, readACL, readLogging, readBucketTags,
	} {
		if path, err := read(ctx, client, aws.String(name), a); err != nil {
			j.unknown(r, path, err)
		}
	}
}

// Each bucket reader sets its part of the bucket, leaves it out when the bucket has none
// configured, and on failure returns the path that is therefore unknown.

func readVersioning(ctx context.Context, c *s3.Client, b *string, a attrs) (resource.Path, error) {
	out, err := c.GetBucketVersioning(ctx, &s3.GetBucketVersioningInput{Bucket: b})
	if err != nil {
		return resource.Path{"versioning"}, err
	}
	if out.Status == "" { // never configured, as a bucket with no versioning resource
		return nil, nil
	}
	a["versioning"] = map[string]any{
		"enabled":    out.Status == s3types.BucketVersioningStatusEnabled,
		"mfa_delete": out.MFADelete == s3types.MFADeleteStatusEnabled,
	}
	return nil, nil
}

func readEncryption(ctx context.Context, c *s3.Client, b *string, a attrs) (resource.Path, error) {
	out, err := c.GetBucketEncryption(ctx, &s3.GetBucketEncryptionInput{Bucket: b})
	if hasCode(err, "ServerSideEncryptionConfigurationNotFoundError") {
		return nil, nil
	}
	if err != nil {
		return resource.Path{"server_side_encryption"}, err
	}
	var rules []any
	if out.ServerSideEncryptionConfiguration != nil {
		for _, r := range out.ServerSideEncryptionConfiguration.Rules {
			rule := attrs{}
			rule.boolean("bucket_key_enabled", r.BucketKeyEnabled)
			if d := r.ApplyServerSideEncryptionByDefault; d != nil {
				rule.text("sse_algorithm", string(d.SSEAlgorithm))
				rule.str("kms_master_key_id", d.KMSMasterKeyID)
			}
			rules = append(rules, map[string]any(rule))
		}
	}
	a["server_side_encryption"] = map[string]any{"rules": orEmpty(rules)}
	return nil, nil
}

func readPublicAccessBlock(ctx context.Context, c *s3.Client, b *string, a attrs) (resource.Path, error) {
	out, err := c.GetPublicAccessBlock(ctx, &s3.GetPublicAccessBlockInput{Bucket: b})
	if hasCode(err, "NoSuchPublicAccessBlockConfiguration") {
		return nil, nil
	}
	if err != nil {
		return resource.Path{"public_access_block"}, err
	}
	cfg := out.PublicAccessBlockConfiguration
	if cfg == nil {
		cfg = &s3types.PublicAccessBlockConfiguration{}
	}
	a["public_access_block"] = map[string]any{
		"block_public_acls":       aws.ToBool(cfg.BlockPublicAcls),
		"block_public_policy":     aws.ToBool(cfg.BlockPublicPolicy),
		"ignore_public_acls":      aws.ToBool(cfg.IgnorePublicAcls),
		"restrict_public_buckets": aws.ToBool(cfg.RestrictPublicBuckets),
	}
	return nil, nil
}

func readBucketPolicy(ctx context.Context, c *s3.Client, b *string, a attrs) (resource.Path, error) {
	out, err := c.GetBucketPolicy(ctx, &s3.GetBucketPolicyInput{Bucket: b})
	if hasCode(err, "NoSuchBucketPolicy") {
		return nil, nil
	}
	if err != nil {
		return resource.Path{"policy"}, err
	}
	if p := aws.ToString(out.Policy); p != "" {
		a["policy"] = document(p)
	}
	return nil, nil
}

func readLogging(ctx context.Context, c *s3.Client, b *string, a attrs) (resource.Path, error) {
	out, err := c.GetBucketLogging(ctx, &s3.GetBucketLoggingInput{Bucket: b})
	if err != nil {
		return resource.Path{"logging"}, err
	}
	if l := out.LoggingEnabled; l != nil {
		lg := attrs{}
		lg.str("target_bucket", l.TargetBucket)
		lg.str("target_prefix", l.TargetPrefix)
		a["logging"] = map[string]any(lg)
	}
	return nil, nil
}

func readBucketTags(ctx context.Context, c *s3.Client, b *string, a attrs) (resource.Path, error) {
	out, err := c.GetBucketTagging(ctx, &s3.GetBucketTaggingInput{Bucket: b})
	if hasCode(err, "NoSuchTagSet", "NoSuchTagSetError") {
		return nil, nil
	}
	if err != nil {
		return resource.Path{"tags"}, err
	}
	kv := map[string]string{}
	for _, t := range out.TagSet {
		kv[aws.ToString(t.Key)] = aws.ToString(t.Value)
	}
	a.tags(kv)
	return nil, nil
}

// readACL sets "acl" to the canned ACL the grants amount to, as a Terraform user writes it,
// or, when they match none, "grants" as an access_control_policy would list them.
func readACL(ctx context.Context, c *s3.Client, b *string, a attrs) (resource.Path, error) {
	out, err := c.GetBucketAcl(ctx, &s3.GetBucketAclInput{Bucket: b})
	if err != nil {
		return resource.Path{"acl"}, err
	}
	owner := ""
	if out.Owner != nil {
		owner = aws.ToString(out.Owner.ID)
	}
	if canned, ok := cannedACL(owner, out.Grants); ok {
		a["acl"] = canned
		return nil, nil
	}
	a["grants"] = orEmpty(grantList(out.Grants))
	return nil, nil
}

// S3's predefined groups, as grant URIs.
const (
	groupAllUsers           = "http://acs.amazonaws.com/groups/global/AllUsers"
	groupAuthenticatedUsers = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
	groupLogDelivery        = "http://acs.amazonaws.com/groups/s3/LogDelivery"
)

// cannedACLs are the bucket canned ACLs by the grants S3 expands each one to ("owner" is the
// bucket owner's canonical user), each list sorted.
var cannedACLs = map[string][]string{
	"private":            {"owner FULL_CONTROL"},
	"public-read":        {groupAllUsers + " READ", "owner FULL_CONTROL"},
	"public-read-write":  {groupAllUsers + " READ", groupAllUsers + " WRITE", "owner FULL_CONTROL"},
	"authenticated-read": {groupAuthenticatedUsers + " READ", "owner FULL_CONTROL"},
	"log-delivery-write": {groupLogDelivery + " READ_ACP", groupLogDelivery + " WRITE", "owner FULL_CONTROL"},
}

func cannedACL(owner string, grants []s3types.Grant) (string, bool) {
	var got []string
	for _, g := range grants {
		if g.Grantee == nil {
			return "", false
		}
		who := aws.ToString(g.Grantee.URI)
		if g.Grantee.Type == s3types.TypeCanonicalUser && aws.ToString(g.Grantee.ID) == owner && owner != "" {
			who = "owner"
		}
		if who == "" {
			return "", false // another account or an e-mail grantee: no canned ACL grants that
		}
		got = append(got, who+" "+string(g.Permission))
	}
	sort.Strings(got)
	got = compact(got)
	for name, want := range cannedACLs {
		if strings.Join(got, "\n") == strings.Join(want, "\n") {
			return name, true
		}
	}
	return "", false
}

// grantList groups the permissions of each grantee into one grant object.
func grantList(grants []s3types.Grant) []any {
	type grantee struct{ typ, id, uri, email string }
	var order []grantee
	perms := map[grantee][]any{}
	for _, g := range grants {
		if g.Grantee == nil {
			continue
		}
		k := grantee{string(g.Grantee.Type), aws.ToString(g.Grantee.ID), aws.ToString(g.Grantee.URI), aws.ToString(g.Grantee.EmailAddress)}
		if _, seen := perms[k]; !seen {
			order = append(order, k)
		}
		perms[k] = append(perms[k], string(g.Permission))
	}
	var out []any
	for _, k := range order {
		g := attrs{"permissions": perms[k]}
		g.text("type", k.typ)
		g.text("id", k.id)
		g.text("uri", k.uri)
		g.text("email_address", k.email)
		out = append(out, map[string]any(g))
	}
	return out
}

func compact(sorted []string) []string {
	out := sorted[:0]
	for i, s := range sorted {
		if i == 0 || s != sorted[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// orEmpty gives an empty list rather than nil, so a configured-but-empty list is present.
func orEmpty(l []any) []any {
	if l == nil {
		return []any{}
	}
	return l
}
