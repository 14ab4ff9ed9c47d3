package corpus

import (
	"fmt"
	"math/rand/v2"
)

// A stack is one root module: what its terraform.tfvars says, and the per-stack variations
// of its module code. Each count method returns the canonical resources that part yields,
// mirroring the templates: configuration resources that adapt merges into their bucket or
// security group (aws_s3_bucket_versioning, aws_security_group_rule, ...) count zero.
type stack struct {
	Name, Team, Env, Region, AccountID, CIDR string
	AZs                                      []string
	PublicSubnets, FlowLogs                  bool
	AdminCIDRs                               []string

	Buckets   []*bucket
	Services  []*service
	Worker    *service // settings of every instance of the count-based module "workers"
	Workers   int
	Databases []*database
	Keys      []*kmsKey
	Audit     *audit

	LegacyBuckets        []string
	EBSDefaultEncryption bool
	PasswordPolicy       bool
	PasswordMinLength    int
	CIUser               bool
	DeployPassRoleAny    bool
	SupportTrustAny      bool
	ClassicELB           bool
	DefaultSGLocked      bool // module variant: network's default security group has no rules
	ServiceMonitoring    bool // module variant: detailed monitoring default in service
	KMSDefaultWindow     int  // module variant: kms module's default deletion window
	secureOdds           float64
	usedNames            map[string]bool
}

type bucket struct {
	Key         string
	Versioning  bool
	MFADelete   bool
	Encryption  string // none, AES256, kms
	BlockPublic bool
	OpenPolicy  bool   // the public access block leaves public policies allowed
	ACL         string // "" (none) or a canned ACL
	Logging     bool
	Policy      string // none, tls, public
}

type service struct {
	Key               string
	Instances         int
	InstanceType      string
	Public            bool
	Ports             []int
	IMDSv2            bool
	Encrypted         bool
	DebugSSH          bool
	AdminAccess       bool
	BroadAccess       bool
	BootstrapWithKeys bool
	OpenAllPorts      bool
	LaunchTemplate    bool // workers: a launch template and an autoscaling group too
	LB                *loadBalancer
	ECR               *ecr
	Lambda            *lambda
}

type loadBalancer struct {
	StrictHeaders, HTTPSRedirect, AccessLogs bool
	TLSPolicy                                string
}

type ecr struct{ Immutable, ScanOnPush, Public bool }

// lambda is an event handler with its queue and alert topic.
type lambda struct {
	Tracing, InlineSecret, PublicInvoke, Unscoped bool
	QueueEncrypted, TopicEncrypted                bool
	PublicQueue, PublicTopic                      bool
}

type database struct {
	Key                string
	Engine             string // postgres, mysql
	InstanceClass      string
	Encrypted, Public  bool
	BackupDays         int
	DeletionProtection bool
	IAMAuth            bool
	MinorUpgrades      bool
	Aurora             bool
	Tables             []*table
}

type table struct {
	Key       string
	PITR, CMK bool
}

type kmsKey struct {
	Key            string
	Rotation       bool
	DeletionWindow int
	AnyPrincipal   bool
}

type audit struct{ MultiRegion, LogValidation, Encrypted, CloudWatch bool }

const bucketResources = 2 // aws_s3_bucket + aws_s3_bucket_ownership_controls; the rest merge

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (s *service) count() int {
	n := 1 + // module.sg: aws_security_group (its ingress rules and health_check rule merge)
		4 + // aws_iam_role, aws_iam_role_policy, aws_iam_role_policy_attachment, aws_iam_instance_profile
		bucketResources + // module.artifacts
		3*s.Instances // aws_instance, aws_ebs_volume, aws_volume_attachment
	if s.LB != nil {
		n += 4 + s.Instances // aws_lb, target group, http and https listeners, attachments
	}
	if s.ECR != nil {
		n += 2 // aws_ecr_repository, aws_ecr_repository_policy
	}
	if s.Lambda != nil {
		n += 8 // role, function, permission, log group, SQS queue and policy, SNS topic and policy
	}
	if s.LaunchTemplate {
		n += 2 // aws_launch_template, aws_autoscaling_group
	}
	return n
}

func (d *database) count() int {
	return 4 + len(d.Tables) + 3*b2i(d.Aurora) // subnet group, parameter group, instance, module.sg
}

func (k *kmsKey) count() int { return 2 } // key and alias

func (a *audit) count() int {
	return bucketResources + 2 + 1 + 3*b2i(a.CloudWatch) // bucket, kms, trail, log group + role + policy
}

func (st *stack) networkCount() int {
	az := len(st.AZs)
	pub := b2i(st.PublicSubnets)
	return 1 + az + pub*az + pub + // vpc, private and public subnets, internet gateway
		1 + az + // route table and its associations
		2*b2i(st.FlowLogs) + // flow log and its log group
		1 + pub + 1 + 1 // default SG, public NACL, bastion SG (egress rule merges), module.endpoints_sg
}

func (st *stack) directCount() int {
	return 1 + len(st.LegacyBuckets) + // aws_s3_bucket.logs (inline form) and legacy buckets
		1 + b2i(st.PasswordPolicy) + 1 + 1 + // ebs default encryption, password policy, deploy policy, support role
		3*b2i(st.CIUser) + 2*b2i(st.FlowLogs) + b2i(st.ClassicELB)
}

func (st *stack) count() int {
	n := st.networkCount() + st.directCount() + len(st.Buckets)*bucketResources
	for _, s := range st.Services {
		n += s.count()
	}
	if st.Workers > 0 {
		n += st.Workers * st.Worker.count()
	}
	for _, d := range st.Databases {
		n += d.count()
	}
	for _, k := range st.Keys {
		n += k.count()
	}
	if st.Audit != nil {
		n += st.Audit.count()
	}
	return n
}

var (
	teams       = []string{"payments", "identity", "search", "platform", "checkout", "catalog", "growth", "data", "ledger", "notify", "media", "support"}
	envs        = []string{"dev", "staging", "prod"}
	regions     = []string{"us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"}
	bucketNames = []string{"assets", "uploads", "exports", "backups", "reports", "invoices", "ml-data", "static",
		"archive", "raw-events", "thumbnails", "audit-exports", "customer-docs", "tmp", "releases"}
	serviceNames  = []string{"api", "web", "billing", "search", "auth", "ingest", "reports", "notifications", "gateway", "scheduler", "pricing", "profile"}
	databaseNames = []string{"orders", "users", "ledger", "inventory", "sessions", "analytics"}
	tableNames    = []string{"events", "locks", "idempotency", "feature-flags", "jobs", "carts"}
	keyNames      = []string{"data", "logs", "backup", "secrets", "queue"}
	instanceTypes = []string{"t3.medium", "t3.large", "m5.large", "m6i.xlarge", "c6i.large"}
	tlsPolicies   = []string{"ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS13-1-2-2021-06",
		"ELBSecurityPolicy-FS-1-2-Res-2020-10", "ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-TLS-1-1-2017-01"}
)

// planner draws stacks from one random source, in order, so a seed fixes the corpus.
type planner struct{ r *rand.Rand }

func (p *planner) pick(ss []string) string { return ss[p.r.IntN(len(ss))] }

// secure draws a setting that is secure with the stack's odds.
func (p *planner) secure(st *stack) bool { return p.r.Float64() < st.secureOdds }

func (p *planner) chance(f float64) bool { return p.r.Float64() < f }

// name returns base, or base-2, base-3 ... when base is taken in this stack.
func (st *stack) name(base string) string {
	n := base
	for i := 2; st.usedNames[n]; i++ {
		n = fmt.Sprintf("%s-%d", base, i)
	}
	st.usedNames[n] = true
	return n
}

// base draws the parts every stack has: network, account settings, the logs bucket and the
// "app" key that other modules encrypt with.
func (p *planner) base(i int) *stack {
	team, env, region := p.pick(teams), envs[p.r.IntN(len(envs))], p.pick(regions)
	odds := map[string]float64{"dev": 0.55, "staging": 0.7, "prod": 0.85}[env]
	st := &stack{
		Name: fmt.Sprintf("%s-%s-%03d", team, env, i), Team: team, Env: env, Region: region,
		AccountID:  fmt.Sprintf("%012d", 100000000000+p.r.Int64N(899999999999)),
		CIDR:       fmt.Sprintf("10.%d.0.0/16", i%256),
		secureOdds: odds, usedNames: map[string]bool{},
	}
	for _, z := range []string{"a", "b", "c"}[:2+p.r.IntN(2)] {
		st.AZs = append(st.AZs, region+z)
	}
	st.PublicSubnets = p.chance(0.6)
	st.FlowLogs = p.secure(st)
	st.AdminCIDRs = []string{"203.0.113.0/24"}
	if !p.secure(st) {
		st.AdminCIDRs = []string{"0.0.0.0/0"}
	}
	st.EBSDefaultEncryption = p.secure(st)
	st.PasswordPolicy = p.chance(0.3)
	st.PasswordMinLength = []int{8, 12, 14, 16}[p.r.IntN(4)]
	st.CIUser = p.chance(0.25)
	st.DeployPassRoleAny = !p.secure(st)
	st.SupportTrustAny = !p.secure(st) && p.chance(0.3)
	st.ClassicELB = st.PublicSubnets && p.chance(0.15)
	st.DefaultSGLocked = p.secure(st)
	st.ServiceMonitoring = p.chance(0.5)
	st.KMSDefaultWindow = []int{7, 10, 30}[p.r.IntN(3)]
	st.Keys = []*kmsKey{p.key(st, "app")}
	return st
}

// shrink drops optional parts until the stack's base fits budget (or nothing is left to drop).
func (st *stack) shrink(budget int) {
	steps := []func(){
		func() { st.ClassicELB = false },
		func() { st.CIUser = false },
		func() { st.FlowLogs = false },
		func() { st.PublicSubnets, st.ClassicELB = false, false },
		func() { st.PasswordPolicy = false },
		func() { st.AZs = st.AZs[:2] },
	}
	for _, step := range steps {
		if st.count() <= budget {
			return
		}
		step()
	}
}

// fill adds services, workers, databases, buckets, keys and an audit trail at random while
// they fit, then buckets (two resources each) and legacy buckets (one) to land on budget.
func (p *planner) fill(st *stack, budget int) {
	for tries := 0; tries < 60 && budget-st.count() >= 8; tries++ {
		left := budget - st.count()
		switch x := p.r.IntN(100); {
		case x < 30:
			if s := p.service(st); s.count() <= left {
				st.Services = append(st.Services, s)
			}
		case x < 60:
			st.Buckets = append(st.Buckets, p.bucket(st))
		case x < 73:
			if d := p.database(st); d.count() <= left {
				st.Databases = append(st.Databases, d)
			}
		case x < 83:
			if st.Worker == nil {
				st.Worker = p.worker(st)
			}
			if st.Worker.count() <= left {
				st.Workers++
			}
		case x < 92:
			st.Keys = append(st.Keys, p.key(st, p.pick(keyNames)))
		default:
			if a := p.audit(st); st.Audit == nil && a.count() <= left {
				st.Audit = a
			}
		}
	}
	for budget-st.count() >= bucketResources {
		st.Buckets = append(st.Buckets, p.bucket(st))
	}
	for budget-st.count() > 0 {
		st.LegacyBuckets = append(st.LegacyBuckets, fmt.Sprintf("%s-legacy-%d", st.Name, len(st.LegacyBuckets)+1))
	}
}

func (p *planner) bucket(st *stack) *bucket {
	b := &bucket{Key: st.name(p.pick(bucketNames)), Versioning: p.secure(st), Encryption: "AES256",
		BlockPublic: p.secure(st), Logging: p.secure(st), Policy: "none"}
	b.MFADelete = b.Versioning && p.chance(0.2)
	b.OpenPolicy = b.BlockPublic && !p.secure(st) && p.chance(0.3)
	switch {
	case p.secure(st):
		b.Encryption = "kms"
	case !p.secure(st):
		b.Encryption = "none"
	}
	if p.secure(st) {
		b.Policy = "tls"
	}
	if !b.BlockPublic && p.chance(0.4) {
		b.ACL, b.Policy = "public-read", "public"
	} else if p.chance(0.2) {
		b.ACL = "private"
	}
	return b
}

func (p *planner) service(st *stack) *service {
	s := &service{Key: st.name(p.pick(serviceNames)), Instances: 1 + p.r.IntN(4), InstanceType: p.pick(instanceTypes),
		Public: st.PublicSubnets && p.chance(0.4), IMDSv2: p.secure(st), Encrypted: p.secure(st),
		DebugSSH: !p.secure(st) && p.chance(0.5), AdminAccess: !p.secure(st) && p.chance(0.3),
		BroadAccess: !p.secure(st), BootstrapWithKeys: !p.secure(st) && p.chance(0.2),
		OpenAllPorts: !p.secure(st) && p.chance(0.25)}
	s.Ports = [][]int{{443}, {443, 8443}, {80, 443}, {8080}, {22, 443}, {3389}}[p.r.IntN(6)]
	if p.chance(0.6) {
		s.LB = &loadBalancer{StrictHeaders: p.secure(st), HTTPSRedirect: p.secure(st), AccessLogs: p.secure(st),
			TLSPolicy: p.pick(tlsPolicies)}
	}
	if p.chance(0.5) {
		s.ECR = &ecr{Immutable: p.secure(st), ScanOnPush: p.secure(st), Public: !p.secure(st) && p.chance(0.3)}
	}
	if p.chance(0.4) {
		s.Lambda = &lambda{Tracing: p.secure(st), InlineSecret: !p.secure(st), PublicInvoke: !p.secure(st) && p.chance(0.3),
			Unscoped: !p.secure(st) && p.chance(0.3), QueueEncrypted: p.secure(st), TopicEncrypted: p.secure(st),
			PublicQueue: !p.secure(st) && p.chance(0.2), PublicTopic: !p.secure(st) && p.chance(0.2)}
	}
	return s
}

func (p *planner) worker(st *stack) *service {
	return &service{Key: "worker", Instances: 1, InstanceType: p.pick(instanceTypes), Ports: []int{8080},
		IMDSv2: p.secure(st), Encrypted: p.secure(st), BroadAccess: !p.secure(st), LaunchTemplate: true}
}

func (p *planner) database(st *stack) *database {
	d := &database{Key: st.name(p.pick(databaseNames)), Engine: []string{"postgres", "mysql"}[p.r.IntN(2)],
		InstanceClass: []string{"db.t3.medium", "db.r6g.large", "db.m6g.large"}[p.r.IntN(3)],
		Encrypted:     p.secure(st), Public: st.PublicSubnets && !p.secure(st) && p.chance(0.4),
		BackupDays: []int{1, 7, 14, 35}[p.r.IntN(4)], DeletionProtection: p.secure(st), IAMAuth: p.secure(st),
		MinorUpgrades: p.secure(st), Aurora: p.chance(0.25)}
	for _, i := range p.r.Perm(len(tableNames))[:p.r.IntN(4)] {
		d.Tables = append(d.Tables, &table{Key: tableNames[i], PITR: p.secure(st), CMK: p.secure(st)})
	}
	return d
}

func (p *planner) key(st *stack, base string) *kmsKey {
	return &kmsKey{Key: st.name(base), Rotation: p.secure(st), DeletionWindow: []int{7, 14, 30}[p.r.IntN(3)],
		AnyPrincipal: !p.secure(st) && p.chance(0.2)}
}

func (p *planner) audit(st *stack) *audit {
	return &audit{MultiRegion: p.secure(st), LogValidation: p.secure(st), Encrypted: p.secure(st), CloudWatch: p.secure(st)}
}
