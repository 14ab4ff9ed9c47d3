package aws

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/ratelimit"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sts"

	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// Options say what to collect and how to reach it. The zero value collects the configured
// region of the account the default credentials belong to.
type Options struct {
	// Regions to collect, in order; the first is home to global services (IAM). Empty: the
	// region the SDK configuration names (AWS_REGION, the profile's region).
	Regions []string
	// Account, when set, is the account the credentials must belong to (from --scope); a
	// mismatch is an error rather than a scan of the wrong account.
	Account string
	// Profile is a shared-config profile; empty uses AWS_PROFILE or the default profile.
	Profile string
	// Endpoint overrides every service's endpoint, for a local target such as moto. The
	// SDK's AWS_ENDPOINT_URL does the same. With either, S3 is addressed path-style.
	Endpoint string
	// MaxAttempts bounds each call's attempts when throttled or failing transiently
	// (default 10); MaxBackoff bounds one wait between attempts (default 20 s).
	MaxAttempts int
	MaxBackoff  time.Duration
	// PageSize asks listings for pages of this many items, raised to each API's minimum;
	// zero leaves each API's default. Tests use small pages to exercise paging.
	PageSize int32
	// Concurrency bounds the calls in flight for one service's per-item reads (a bucket's
	// seven settings, a role's policies); default 8.
	Concurrency int
}

// Snapshot is the live state collected in one run.
type Snapshot struct {
	// Account is the account the credentials belong to.
	Account string
	// Scopes are the scopes collected (aws:ACCOUNT/REGION), in the order of the regions.
	Scopes []store.Scope
	// Resources are canonical resources, sorted by Root then Key.
	Resources []*resource.Resource
	// Partial lists the canonical types that were not collected in full in at least one
	// scope (a service denied, not implemented by the endpoint, or failing), sorted. A
	// resource of such a type that is missing from Resources may still exist.
	Partial []string
	// Diagnostics say what could not be read and why; warnings for denied or unsupported
	// services, errors for anything else.
	Diagnostics resource.Diagnostics
	// Collected is when the collection started.
	Collected time.Time
}

// Collect reads the live state of the account in every region of opts. Problems with one
// service or resource are diagnostics in the snapshot; an error means nothing could be
// collected (no credentials, no region, the wrong account).
func Collect(ctx context.Context, opts Options) (*Snapshot, error) {
	started := time.Now().UTC()
	cfg, err := loadConfig(ctx, opts)
	if err != nil {
		return nil, err
	}
	regions := dedupe(opts.Regions)
	if len(regions) == 0 {
		if cfg.Region == "" {
			return nil, errors.New("aws: no region: set AWS_REGION or a profile's region, or give --region or --scope aws:ACCOUNT/REGION")
		}
		regions = []string{cfg.Region}
	}
	for _, r := range regions {
		// Checked before any call, so that a mistyped region is named as such rather than
		// surfacing as an endpoint that does not resolve.
		if _, err := store.NewAWSScope("000000000000", r); err != nil {
			return nil, fmt.Errorf("aws: %w", err)
		}
	}
	cfg.Region = regions[0]
	id, err := sts.NewFromConfig(cfg).GetCallerIdentity(ctx, &sts.GetCallerIdentityInput{})
	if err != nil {
		return nil, fmt.Errorf("aws: identify the account (sts:GetCallerIdentity): %w", err)
	}
	account := aws.ToString(id.Account)
	if opts.Account != "" && opts.Account != account {
		return nil, fmt.Errorf("aws: the credentials are for account %s, not %s", account, opts.Account)
	}
	c := &collector{cfg: cfg, opts: opts, account: account, pathStyle: cfg.BaseEndpoint != nil,
		partial: map[string]bool{}, denied: map[deniedKey]*deniedCount{}}
	for _, r := range regions {
		sc, err := store.NewAWSScope(account, r)
		if err != nil {
			return nil, fmt.Errorf("aws: %w", err)
		}
		c.scopes = append(c.scopes, sc)
	}
	c.run(ctx)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	snap := c.snapshot()
	snap.Collected = started
	return snap, nil
}

// loadConfig reads the SDK's default configuration with Plumb's retryer: the standard one
// (exponential backoff with jitter, throttling codes and 429 retried) without its client-side
// retry quota, which a scan of many resources can drain while the service is merely slow.
func loadConfig(ctx context.Context, opts Options) (aws.Config, error) {
	attempts, backoff := opts.MaxAttempts, opts.MaxBackoff
	if attempts <= 0 {
		attempts = 10
	}
	if backoff <= 0 {
		backoff = 20 * time.Second
	}
	load := []func(*config.LoadOptions) error{
		config.WithRetryer(func() aws.Retryer {
			return retry.NewStandard(func(o *retry.StandardOptions) {
				o.MaxAttempts = attempts
				o.MaxBackoff = backoff
				o.RateLimiter = ratelimit.None
			})
		}),
	}
	if opts.Profile != "" {
		load = append(load, config.WithSharedConfigProfile(opts.Profile))
	}
	if opts.Endpoint != "" {
		load = append(load, config.WithBaseEndpoint(opts.Endpoint))
	}
	cfg, err := config.LoadDefaultConfig(ctx, load...)
	if err != nil {
		return aws.Config{}, fmt.Errorf("aws: load configuration: %w", err)
	}
	return cfg, nil
}

// collector holds one run's configuration and what it has gathered so far.
type collector struct {
	cfg       aws.Config
	opts      Options
	account   string
	scopes    []store.Scope
	pathStyle bool

	mu        sync.Mutex
	resources []*resource.Resource
	partial   map[string]bool
	diags     resource.Diagnostics
	denied    map[deniedKey]*deniedCount
}

// job is one service's collection in one scope.
type job struct {
	c      *collector
	scope  store.Scope
	region string
}

// service collects one service's resources; types are what it produces, listed in
// Snapshot.Partial when it fails.
type service struct {
	name    string
	types   []string
	global  bool
	collect func(ctx context.Context, j *job) error
}

// services is everything Collect reads, one entry per independent listing.
var services = []service{
	{name: "s3", types: []string{"aws_s3_bucket"}, global: true, collect: collectBuckets},
	{name: "ec2 security groups", types: []string{"aws_security_group", "aws_default_security_group"}, collect: collectSecurityGroups},
	{name: "ec2 instances and volumes", types: []string{"aws_instance", "aws_ebs_volume"}, collect: collectInstancesAndVolumes},
	{name: "ec2 encryption by default", types: []string{"aws_ebs_encryption_by_default"}, collect: collectEBSDefault},
	{name: "ec2 vpcs", types: []string{"aws_vpc", "aws_default_vpc"}, collect: collectVPCs},
	{name: "ec2 flow logs", types: []string{"aws_flow_log"}, collect: collectFlowLogs},
	{name: "iam users", types: []string{"aws_iam_user", "aws_iam_access_key", "aws_iam_user_policy", "aws_iam_user_policy_attachment"}, global: true, collect: collectUsers},
	{name: "iam groups", types: []string{"aws_iam_group", "aws_iam_group_policy", "aws_iam_group_policy_attachment"}, global: true, collect: collectGroups},
	{name: "iam roles", types: []string{"aws_iam_role", "aws_iam_role_policy", "aws_iam_role_policy_attachment"}, global: true, collect: collectRoles},
	{name: "iam policies", types: []string{"aws_iam_policy"}, global: true, collect: collectPolicies},
	{name: "iam password policy", types: []string{"aws_iam_account_password_policy"}, global: true, collect: collectPasswordPolicy},
	{name: "kms", types: []string{"aws_kms_key"}, collect: collectKeys},
	{name: "rds instances", types: []string{"aws_db_instance", "aws_rds_cluster_instance"}, collect: collectDBInstances},
	{name: "rds clusters", types: []string{"aws_rds_cluster"}, collect: collectDBClusters},
	{name: "cloudtrail", types: []string{"aws_cloudtrail"}, collect: collectTrails},
}

// serviceParallelism bounds the services collected at once; each may have Concurrency
// per-item calls of its own in flight.
const serviceParallelism = 4

func (c *collector) run(ctx context.Context) {
	sem := make(chan struct{}, serviceParallelism)
	var wg sync.WaitGroup
	for i, sc := range c.scopes {
		for _, s := range services {
			if s.global && i > 0 {
				continue // global services once, in the home scope (S3 files buckets by region itself)
			}
			j := &job{c: c, scope: sc, region: sc.Region()}
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				if ctx.Err() != nil {
					return
				}
				if err := s.collect(ctx, j); err != nil {
					j.serviceFailed(s, err)
				}
			})
		}
	}
	wg.Wait()
}

func (c *collector) snapshot() *Snapshot {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := &Snapshot{Account: c.account, Scopes: c.scopes, Resources: c.resources}
	for t := range c.partial {
		s.Partial = append(s.Partial, t)
	}
	sort.Strings(s.Partial)
	s.Diagnostics = append(c.diags, c.deniedDiagnostics()...)
	sort.SliceStable(s.Diagnostics, func(i, k int) bool {
		a, b := s.Diagnostics[i], s.Diagnostics[k]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Summary < b.Summary
	})
	for _, r := range s.Resources {
		sort.Slice(r.Unknowns, func(i, k int) bool { return r.Unknowns[i].String() < r.Unknowns[k].String() })
	}
	sort.Slice(s.Resources, func(i, k int) bool {
		a, b := s.Resources[i], s.Resources[k]
		if a.Root != b.Root {
			return a.Root < b.Root
		}
		return a.Key < b.Key
	})
	return s
}

// scopeOf returns the scope of region when it is collected.
func (c *collector) scopeOf(region string) (store.Scope, bool) {
	for _, s := range c.scopes {
		if s.Region() == region {
			return s, true
		}
	}
	return store.Scope{}, false
}

func (c *collector) concurrency() int {
	if c.opts.Concurrency > 0 {
		return c.opts.Concurrency
	}
	return 8
}

// pageSize returns opts.PageSize raised to min and capped at max, or nil for the API's
// default.
func (c *collector) pageSize(min, max int32) *int32 {
	if c.opts.PageSize <= 0 {
		return nil
	}
	return aws.Int32(clamp(c.opts.PageSize, min, max))
}

func clamp(v, lo, hi int32) int32 { return min(max(v, lo), hi) }

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// forEach calls fn for every item with at most n calls in flight, and returns when all
// have returned.
func forEach[T any](ctx context.Context, n int, items []T, fn func(T)) {
	ch := make(chan T)
	var wg sync.WaitGroup
	for range min(n, len(items)) {
		wg.Go(func() {
			for it := range ch {
				fn(it)
			}
		})
	}
	for _, it := range items {
		if ctx.Err() != nil {
			break
		}
		ch <- it
	}
	close(ch)
	wg.Wait()
}
