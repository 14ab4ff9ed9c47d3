package aws

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/aws-sdk-go-v2/service/sts"

	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// ErrNotRevertible is wrapped by Revert's errors for drift Plumb does not write back: a
// resource added or removed (Plumb creates and deletes no AWS resource), a type or an
// attribute it has no writer for, an attribute AWS will not change (a group's name).
var ErrNotRevertible = errors.New("not revertible")

// Reverter writes the baseline configuration of live AWS resources back, through the same
// APIs the collector reads them with.
type Reverter struct {
	cfg       aws.Config
	opts      Options
	account   string
	pathStyle bool
}

// NewReverter opens a Reverter on the credentials and endpoint opts name, checking that
// they belong to opts.Account when it is set.
func NewReverter(ctx context.Context, opts Options) (*Reverter, error) {
	cfg, err := loadConfig(ctx, opts)
	if err != nil {
		return nil, err
	}
	if len(opts.Regions) > 0 {
		cfg.Region = opts.Regions[0]
	}
	if cfg.Region == "" {
		return nil, errors.New("aws: no region: set AWS_REGION or give the scope aws:ACCOUNT/REGION")
	}
	id, err := sts.NewFromConfig(cfg).GetCallerIdentity(ctx, &sts.GetCallerIdentityInput{})
	if err != nil {
		return nil, fmt.Errorf("aws: identify the account (sts:GetCallerIdentity): %w", err)
	}
	account := aws.ToString(id.Account)
	if opts.Account != "" && opts.Account != account {
		return nil, fmt.Errorf("aws: the credentials are for account %s, not %s", account, opts.Account)
	}
	return &Reverter{cfg: cfg, opts: opts, account: account, pathStyle: cfg.BaseEndpoint != nil}, nil
}

// Revert makes one changed resource what baseline says, attribute group by attribute group,
// and returns the resource as read just before and just after, in the collector's shape:
//   - aws_s3_bucket: public_access_block, versioning, server_side_encryption, policy, a
//     canned acl, logging and tags (each put, or deleted when the baseline has none; a
//     bucket cannot go back to never-versioned, so versioning is suspended);
//   - aws_security_group, aws_default_security_group: every ingress and egress permission
//     the baseline lacks is revoked and every one it has that is missing is authorised; tags.
//
// Added and removed resources are not reverted (ErrNotRevertible): Plumb neither deletes
// nor creates AWS resources. When some attribute cannot be written back, the others are,
// and the error names what is left.
func (rv *Reverter) Revert(ctx context.Context, kind store.DriftKind, baseline, live *resource.Resource) (before, after *resource.Resource, err error) {
	if kind != store.Changed {
		ref := baseline
		if ref == nil {
			ref = live
		}
		key := "?"
		if ref != nil {
			key = ref.Key
		}
		verb := map[store.DriftKind]string{store.Added: "delete", store.Removed: "recreate"}[kind]
		return nil, nil, fmt.Errorf("aws: %s: %w: Plumb does not %s AWS resources; %s drift is reported only", key, ErrNotRevertible, verb, kind)
	}
	if baseline == nil {
		return nil, nil, errors.New("aws: revert changed drift: the baseline resource is missing")
	}
	if len(resource.FindUnknowns(baseline.Attributes, nil)) > 0 {
		return nil, nil, fmt.Errorf("aws: %s: %w: the baseline holds unknown values", baseline.Key, ErrNotRevertible)
	}
	j, err := rv.job(baseline)
	if err != nil {
		return nil, nil, err
	}
	var read func(context.Context) (*resource.Resource, error)
	var write func(context.Context, map[string]any, map[string]any) error
	switch baseline.Type {
	case "aws_s3_bucket":
		name, _ := baseline.Attributes["bucket"].(string)
		read = func(ctx context.Context) (*resource.Resource, error) { return j.fresh().readBucketNamed(ctx, name) }
		write = func(ctx context.Context, cur, want map[string]any) error {
			return j.restoreBucket(ctx, name, cur, want)
		}
	case "aws_security_group", "aws_default_security_group":
		id := lastSegment(baseline.Key)
		read = func(ctx context.Context) (*resource.Resource, error) { return j.fresh().readSecurityGroup(ctx, id) }
		write = func(ctx context.Context, cur, want map[string]any) error {
			return j.restoreSecurityGroup(ctx, id, cur, want)
		}
	default:
		return nil, nil, fmt.Errorf("aws: %s: %w: Plumb has no writer for %s", baseline.Key, ErrNotRevertible, baseline.Type)
	}
	if before, err = read(ctx); err != nil {
		return nil, nil, err
	}
	if len(before.Unknowns) > 0 {
		return before, before, fmt.Errorf("aws: %s: %w: its current state could not be read in full (%v)", baseline.Key, ErrNotRevertible, before.Unknowns)
	}
	werr := write(ctx, before.Attributes, baseline.Attributes)
	after, err = read(ctx)
	if err != nil {
		return before, nil, errors.Join(werr, fmt.Errorf("aws: %s: reading it back: %w", baseline.Key, err))
	}
	return before, after, werr
}

// job is a one-scope collector job for the resource's own scope (its Root).
func (rv *Reverter) job(r *resource.Resource) (*job, error) {
	sc, err := store.ParseScope(r.Root)
	if err != nil || sc.Kind() != store.ScopeAWS {
		region := rv.cfg.Region
		if sc, err = store.NewAWSScope(rv.account, region); err != nil {
			return nil, fmt.Errorf("aws: %s: no scope to revert it in: %w", r.Key, err)
		}
	}
	if sc.Account() != rv.account {
		return nil, fmt.Errorf("aws: %s belongs to account %s; the credentials are for %s", r.Key, sc.Account(), rv.account)
	}
	c := &collector{cfg: rv.cfg, opts: rv.opts, account: rv.account, pathStyle: rv.pathStyle,
		scopes: []store.Scope{sc}, partial: map[string]bool{}, denied: map[deniedKey]*deniedCount{}}
	return &job{c: c, scope: sc, region: sc.Region()}, nil
}

// fresh is a job like j that has collected nothing yet.
func (j *job) fresh() *job {
	c := j.c
	n := &collector{cfg: c.cfg, opts: c.opts, account: c.account, pathStyle: c.pathStyle, scopes: c.scopes,
		partial: map[string]bool{}, denied: map[deniedKey]*deniedCount{}}
	return &job{c: n, scope: j.scope, region: j.region}
}

func (j *job) readBucketNamed(ctx context.Context, name string) (*resource.Resource, error) {
	client := j.c.s3Client(j.region)
	if _, err := client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(name)}); err != nil {
		return nil, fmt.Errorf("aws: read bucket %s: %w", name, err)
	}
	j.readBucket(ctx, client, name)
	return j.c.resources[0], nil
}

func (j *job) readSecurityGroup(ctx context.Context, id string) (*resource.Resource, error) {
	out, err := j.c.ec2Client(j.region).DescribeSecurityGroups(ctx, &ec2.DescribeSecurityGroupsInput{GroupIds: []string{id}})
	if err != nil {
		return nil, fmt.Errorf("aws: read security group %s: %w", id, err)
	}
	if len(out.SecurityGroups) != 1 {
		return nil, fmt.Errorf("aws: security group %s not found", id)
	}
	j.emitSecurityGroup(out.SecurityGroups[0])
	return j.c.resources[0], nil
}

// differs reports whether attribute k differs between cur and want.
func differs(cur, want map[string]any, k string) bool {
	return !reflect.DeepEqual(cur[k], want[k])
}

// bucketParts are the parts of a bucket Revert writes back, each with the attributes it
// holds and its writer. A writer gets the part's baseline value (nil when the baseline has
// none) and the live one.
var bucketParts = []struct {
	attrs []string
	write func(ctx context.Context, c *s3.Client, b *string, want, cur map[string]any) error
}{
	{[]string{"public_access_block"}, putPublicAccessBlock},
	{[]string{"versioning"}, putVersioning},
	{[]string{"server_side_encryption"}, putEncryption},
	{[]string{"policy"}, putPolicy},
	{[]string{"acl", "grants"}, putACL},
	{[]string{"logging"}, putLogging},
	{[]string{"tags"}, putBucketTags},
}

// restoreBucket puts back every part of a bucket that differs from want.
func (j *job) restoreBucket(ctx context.Context, name string, cur, want map[string]any) error {
	c := j.c.s3Client(j.region)
	var errs []error
	for _, p := range bucketParts {
		differ := false
		for _, a := range p.attrs {
			differ = differ || differs(cur, want, a)
		}
		if !differ {
			continue
		}
		if err := p.write(ctx, c, aws.String(name), want, cur); err != nil {
			errs = append(errs, fmt.Errorf("aws: bucket %s: %s: %w", name, strings.Join(p.attrs, ", "), err))
		}
	}
	return errors.Join(errs...)
}

func putPublicAccessBlock(ctx context.Context, c *s3.Client, b *string, want, _ map[string]any) error {
	pab, ok := want["public_access_block"].(map[string]any)
	if !ok {
		_, err := c.DeletePublicAccessBlock(ctx, &s3.DeletePublicAccessBlockInput{Bucket: b})
		return err
	}
	_, err := c.PutPublicAccessBlock(ctx, &s3.PutPublicAccessBlockInput{Bucket: b,
		PublicAccessBlockConfiguration: &s3types.PublicAccessBlockConfiguration{
			BlockPublicAcls:       aws.Bool(pab["block_public_acls"] == true),
			BlockPublicPolicy:     aws.Bool(pab["block_public_policy"] == true),
			IgnorePublicAcls:      aws.Bool(pab["ignore_public_acls"] == true),
			RestrictPublicBuckets: aws.Bool(pab["restrict_public_buckets"] == true),
		}})
	return err
}

// putVersioning enables or suspends versioning; a bucket never versioned cannot be made so
// again, so a baseline with no versioning suspends it.
func putVersioning(ctx context.Context, c *s3.Client, b *string, want, cur map[string]any) error {
	v, _ := want["versioning"].(map[string]any)
	cv, _ := cur["versioning"].(map[string]any)
	status := s3types.BucketVersioningStatusSuspended
	if v["enabled"] == true {
		status = s3types.BucketVersioningStatusEnabled
	}
	_, err := c.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: b,
		VersioningConfiguration: &s3types.VersioningConfiguration{Status: status}})
	if err == nil && v["mfa_delete"] != cv["mfa_delete"] && (v["mfa_delete"] == true || cv["mfa_delete"] == true) {
		err = fmt.Errorf("%w: MFA delete can be changed only with the root account's MFA device", ErrNotRevertible)
	}
	return err
}

func putEncryption(ctx context.Context, c *s3.Client, b *string, want, _ map[string]any) error {
	sse, ok := want["server_side_encryption"].(map[string]any)
	if !ok {
		_, err := c.DeleteBucketEncryption(ctx, &s3.DeleteBucketEncryptionInput{Bucket: b})
		return err
	}
	var rules []s3types.ServerSideEncryptionRule
	for _, r := range asList(sse["rules"]) {
		m, _ := r.(map[string]any)
		rule := s3types.ServerSideEncryptionRule{}
		if v, ok := m["bucket_key_enabled"].(bool); ok {
			rule.BucketKeyEnabled = aws.Bool(v)
		}
		if alg, _ := m["sse_algorithm"].(string); alg != "" {
			d := &s3types.ServerSideEncryptionByDefault{SSEAlgorithm: s3types.ServerSideEncryption(alg)}
			if k, _ := m["kms_master_key_id"].(string); k != "" {
				d.KMSMasterKeyID = aws.String(k)
			}
			rule.ApplyServerSideEncryptionByDefault = d
		}
		rules = append(rules, rule)
	}
	_, err := c.PutBucketEncryption(ctx, &s3.PutBucketEncryptionInput{Bucket: b,
		ServerSideEncryptionConfiguration: &s3types.ServerSideEncryptionConfiguration{Rules: rules}})
	return err
}

// putPolicy writes the baseline's policy document back (as JSON; S3 does not keep the
// original text's spacing anyway), or deletes the policy the baseline did not have.
func putPolicy(ctx context.Context, c *s3.Client, b *string, want, _ map[string]any) error {
	p, ok := want["policy"]
	if !ok {
		_, err := c.DeleteBucketPolicy(ctx, &s3.DeleteBucketPolicyInput{Bucket: b})
		return err
	}
	text, isText := p.(string)
	if !isText {
		data, err := json.Marshal(p)
		if err != nil {
			return err
		}
		text = string(data)
	}
	_, err := c.PutBucketPolicy(ctx, &s3.PutBucketPolicyInput{Bucket: b, Policy: aws.String(text)})
	return err
}

func putACL(ctx context.Context, c *s3.Client, b *string, want, _ map[string]any) error {
	acl, ok := want["acl"].(string)
	if !ok {
		return fmt.Errorf("%w: its baseline grants match no canned ACL", ErrNotRevertible)
	}
	_, err := c.PutBucketAcl(ctx, &s3.PutBucketAclInput{Bucket: b, ACL: s3types.BucketCannedACL(acl)})
	return err
}

func putLogging(ctx context.Context, c *s3.Client, b *string, want, _ map[string]any) error {
	in := &s3.PutBucketLoggingInput{Bucket: b, BucketLoggingStatus: &s3types.BucketLoggingStatus{}}
	if lg, ok := want["logging"].(map[string]any); ok {
		target, _ := lg["target_bucket"].(string)
		prefix, _ := lg["target_prefix"].(string)
		in.BucketLoggingStatus.LoggingEnabled = &s3types.LoggingEnabled{TargetBucket: aws.String(target), TargetPrefix: aws.String(prefix)}
	}
	_, err := c.PutBucketLogging(ctx, in)
	return err
}

func putBucketTags(ctx context.Context, c *s3.Client, b *string, want, _ map[string]any) error {
	tags := stringMap(want["tags"])
	if len(tags) == 0 {
		_, err := c.DeleteBucketTagging(ctx, &s3.DeleteBucketTaggingInput{Bucket: b})
		return err
	}
	var set []s3types.Tag
	for _, k := range sortedKeys(tags) {
		set = append(set, s3types.Tag{Key: aws.String(k), Value: aws.String(tags[k])})
	}
	_, err := c.PutBucketTagging(ctx, &s3.PutBucketTaggingInput{Bucket: b, Tagging: &s3types.Tagging{TagSet: set}})
	return err
}

// restoreSecurityGroup revokes the permissions want lacks and authorises those it has
// that cur lacks, in both directions, and puts back the tags.
func (j *job) restoreSecurityGroup(ctx context.Context, id string, cur, want map[string]any) error {
	c := j.c.ec2Client(j.region)
	var errs []error
	for _, k := range []string{"name", "description", "vpc_id"} {
		if differs(cur, want, k) {
			errs = append(errs, fmt.Errorf("aws: security group %s: %w: AWS does not change a group's %s", id, ErrNotRevertible, k))
		}
	}
	for _, dir := range []string{"ingress", "egress"} {
		have, need := j.permissions(asList(cur[dir]), id), j.permissions(asList(want[dir]), id)
		var revoke, authorize []ec2types.IpPermission
		for k, p := range have {
			if _, ok := need[k]; !ok {
				revoke = append(revoke, p)
			}
		}
		for k, p := range need {
			if _, ok := have[k]; !ok {
				authorize = append(authorize, p)
			}
		}
		// Revoked first: a permission whose description alone changed is revoked and
		// authorised again with the baseline's description.
		if len(revoke) > 0 {
			var err error
			if dir == "ingress" {
				_, err = c.RevokeSecurityGroupIngress(ctx, &ec2.RevokeSecurityGroupIngressInput{GroupId: aws.String(id), IpPermissions: revoke})
			} else {
				_, err = c.RevokeSecurityGroupEgress(ctx, &ec2.RevokeSecurityGroupEgressInput{GroupId: aws.String(id), IpPermissions: revoke})
			}
			if err != nil {
				errs = append(errs, fmt.Errorf("aws: security group %s: revoke %s: %w", id, dir, err))
			}
		}
		if len(authorize) > 0 {
			var err error
			if dir == "ingress" {
				_, err = c.AuthorizeSecurityGroupIngress(ctx, &ec2.AuthorizeSecurityGroupIngressInput{GroupId: aws.String(id), IpPermissions: authorize})
			} else {
				_, err = c.AuthorizeSecurityGroupEgress(ctx, &ec2.AuthorizeSecurityGroupEgressInput{GroupId: aws.String(id), IpPermissions: authorize})
			}
			if err != nil {
				errs = append(errs, fmt.Errorf("aws: security group %s: authorize %s: %w", id, dir, err))
			}
		}
	}
	if differs(cur, want, "tags") {
		if err := putGroupTags(ctx, c, id, stringMap(cur["tags"]), stringMap(want["tags"])); err != nil {
			errs = append(errs, fmt.Errorf("aws: security group %s: tags: %w", id, err))
		}
	}
	return errors.Join(errs...)
}

// putGroupTags deletes the tags need lacks and puts those that are missing or differ.
func putGroupTags(ctx context.Context, c *ec2.Client, id string, have, need map[string]string) error {
	var del, put []ec2types.Tag
	for k, v := range have {
		if w, ok := need[k]; !ok {
			del = append(del, ec2types.Tag{Key: aws.String(k), Value: aws.String(v)})
		} else if w != v {
			put = append(put, ec2types.Tag{Key: aws.String(k), Value: aws.String(w)})
		}
	}
	for k, v := range need {
		if _, ok := have[k]; !ok {
			put = append(put, ec2types.Tag{Key: aws.String(k), Value: aws.String(v)})
		}
	}
	if len(del) > 0 {
		if _, err := c.DeleteTags(ctx, &ec2.DeleteTagsInput{Resources: []string{id}, Tags: del}); err != nil {
			return err
		}
	}
	if len(put) > 0 {
		if _, err := c.CreateTags(ctx, &ec2.CreateTagsInput{Resources: []string{id}, Tags: put}); err != nil {
			return err
		}
	}
	return nil
}

// permissions splits canonical rules into the API's permissions, one per source, keyed by
// everything that tells two apart (protocol, ports, source, description).
func (j *job) permissions(rules []any, groupID string) map[string]ec2types.IpPermission {
	out := map[string]ec2types.IpPermission{}
	for _, r := range rules {
		m, _ := r.(map[string]any)
		proto, _ := m["protocol"].(string)
		from, _ := m["from_port"].(int64)
		to, _ := m["to_port"].(int64)
		desc, _ := m["description"].(string)
		base := func() ec2types.IpPermission {
			p := ec2types.IpPermission{IpProtocol: aws.String(proto)}
			if proto != "-1" && proto != "all" {
				p.FromPort, p.ToPort = aws.Int32(int32(from)), aws.Int32(int32(to))
			}
			return p
		}
		var d *string
		if desc != "" {
			d = aws.String(desc)
		}
		add := func(source string, p ec2types.IpPermission) {
			out[fmt.Sprintf("%s|%d|%d|%s|%s", proto, from, to, source, desc)] = p
		}
		for _, v := range asList(m["cidr_blocks"]) {
			s, _ := v.(string)
			p := base()
			p.IpRanges = []ec2types.IpRange{{CidrIp: aws.String(s), Description: d}}
			add("cidr "+s, p)
		}
		for _, v := range asList(m["ipv6_cidr_blocks"]) {
			s, _ := v.(string)
			p := base()
			p.Ipv6Ranges = []ec2types.Ipv6Range{{CidrIpv6: aws.String(s), Description: d}}
			add("cidr6 "+s, p)
		}
		for _, v := range asList(m["prefix_list_ids"]) {
			s, _ := v.(string)
			p := base()
			p.PrefixListIds = []ec2types.PrefixListId{{PrefixListId: aws.String(s), Description: d}}
			add("pl "+s, p)
		}
		groups := asList(m["security_groups"])
		if m["self"] == true {
			groups = append(groups, groupID)
		}
		for _, v := range groups {
			s, _ := v.(string)
			pair := ec2types.UserIdGroupPair{GroupId: aws.String(s), Description: d}
			if acct, gid, ok := strings.Cut(s, "/"); ok {
				pair.UserId, pair.GroupId = aws.String(acct), aws.String(gid)
			}
			p := base()
			p.UserIdGroupPairs = []ec2types.UserIdGroupPair{pair}
			add("sg "+s, p)
		}
	}
	return out
}

func stringMap(v any) map[string]string {
	m, _ := v.(map[string]any)
	out := make(map[string]string, len(m))
	for k, x := range m {
		s, _ := x.(string)
		out[k] = s
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
