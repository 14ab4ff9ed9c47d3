package corpus

import (
	"bytes"
	"strings"
)

// A variable is one declaration of a stack's variables.tf.
type variable struct {
	name        string
	typ         string // a type expression; lines after the first are indented for the block
	description string
	def         string // the declared default, "" for none
	validation  string // a validation block's body, "" for none
}

// stackVariables are the variables every stack declares, in file order.
var stackVariables = []variable{
	{name: "region", typ: "string", description: "AWS region the stack is deployed to."},
	{name: "team", typ: "string"},
	{name: "environment", typ: "string", validation: `condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."`},
	{name: "stack", typ: "string", description: "Unique stack name; prefixes every resource name."},
	{name: "account_id", typ: "string"},
	{name: "vpc_cidr", typ: "string", def: `"10.0.0.0/16"`},
	{name: "azs", typ: "list(string)"},
	{name: "public_subnets", typ: "bool", def: "false"},
	{name: "flow_logs", typ: "bool", def: "true"},
	{name: "admin_cidrs", typ: "list(string)", description: "Networks allowed to reach the bastion over SSH."},
	{name: "kms_keys", typ: `map(object({
    rotation            = optional(bool, true)
    deletion_window     = optional(number, 30)
    allow_any_principal = optional(bool, false)
  }))`, def: "{ app = {} }"},
	{name: "buckets", typ: `map(object({
    versioning          = optional(bool, true)
    mfa_delete          = optional(bool, false)
    encryption          = optional(string, "kms")
    block_public_access = optional(bool, true)
    block_public_policy = optional(bool, true)
    acl                 = optional(string)
    logging             = optional(bool, true)
    policy              = optional(string, "tls")
    data_class          = optional(string, "internal")
  }))`, def: "{}"},
	{name: "services", typ: `map(object({
    instance_count      = number
    instance_type       = optional(string, "t3.medium")
    public              = optional(bool, false)
    ports               = optional(list(number), [443])
    imdsv2              = optional(bool, true)
    encrypted           = optional(bool, true)
    debug_ssh           = optional(bool, false)
    admin_access        = optional(bool, false)
    broad_access        = optional(bool, false)
    bootstrap_with_keys = optional(bool, false)
    open_all_ports      = optional(bool, false)
    load_balancer = optional(object({
      strict_headers = optional(bool, true)
      https_redirect = optional(bool, true)
      access_logs    = optional(bool, true)
      tls_policy     = optional(string, "ELBSecurityPolicy-TLS13-1-2-2021-06")
    }))
    ecr = optional(object({
      immutable    = optional(bool, true)
      scan_on_push = optional(bool, true)
      public       = optional(bool, false)
    }))
    lambda = optional(object({
      tracing         = optional(bool, true)
      inline_secret   = optional(bool, false)
      public_invoke   = optional(bool, false)
      unscoped_invoke = optional(bool, false)
      queue_encrypted = optional(bool, true)
      topic_encrypted = optional(bool, true)
      public_queue    = optional(bool, false)
      public_topic    = optional(bool, false)
    }))
  }))`, def: "{}"},
	{name: "worker_count", typ: "number", def: "0"},
	{name: "worker", typ: `object({
    instance_type = optional(string, "t3.medium")
    imdsv2        = optional(bool, true)
    encrypted     = optional(bool, true)
    broad_access  = optional(bool, false)
  })`, def: "{}"},
	{name: "databases", typ: `map(object({
    engine                = optional(string, "postgres")
    instance_class        = optional(string, "db.t3.medium")
    encrypted             = optional(bool, true)
    public                = optional(bool, false)
    backup_retention_days = optional(number, 7)
    deletion_protection   = optional(bool, true)
    iam_auth              = optional(bool, true)
    minor_upgrades        = optional(bool, true)
    aurora                = optional(bool, false)
    tables = optional(map(object({
      pitr = optional(bool, true)
      cmk  = optional(bool, true)
    })), {})
  }))`, def: "{}"},
	{name: "audit", typ: `object({
    multi_region        = optional(bool, true)
    log_file_validation = optional(bool, true)
    encrypted           = optional(bool, true)
    cloudwatch          = optional(bool, true)
  })`, def: "null"},
	{name: "legacy_buckets", typ: "list(string)", def: "[]",
		description: "Buckets created before the bucket module existed; kept in the old inline form."},
	{name: "ebs_default_encryption", typ: "bool", def: "true"},
	{name: "password_policy", typ: `object({
    minimum_length = number
  })`, def: "null"},
	{name: "ci_user", typ: "bool", def: "false"},
	{name: "deploy_passrole_any", typ: "bool", def: "false"},
	{name: "support_trust_any", typ: "bool", def: "false",
		description: "Let any AWS principal assume the support role (vendor access; to be narrowed)."},
	{name: "classic_elb", typ: "bool", def: "false"},
}

// variablesTF writes a stack's variables.tf. Each variable's default is the stack's own
// value, the one terraform.tfvars sets too: tfsec 1.28 reads no tfvars file unless told
// (and then applies it to every root module it scans), so with the values as defaults both
// tools evaluate the same configuration in one run. Plumb, as Terraform, applies
// terraform.tfvars over the defaults; the values agree.
func variablesTF(st *stack) []byte {
	vals := map[string]entry{}
	for _, g := range values(st) {
		for _, e := range g {
			vals[e.key] = e
		}
	}
	var buf bytes.Buffer
	for i, v := range stackVariables {
		if i > 0 {
			buf.WriteString("\n")
		}
		buf.WriteString("variable " + str(v.name) + " {\n")
		es := []entry{attr("type", v.typ)}
		if v.description != "" {
			es = append(es, attr("description", str(v.description)))
		}
		if e, ok := vals[v.name]; ok {
			e.key = "default"
			es = append(es, e)
		} else if v.def != "" {
			es = append(es, attr("default", v.def))
		}
		body(&buf, es, 1)
		if v.validation != "" {
			buf.WriteString("\n  validation {\n    " + v.validation + "\n  }\n")
		}
		buf.WriteString("}\n")
	}
	return buf.Bytes()
}

// multiline reports whether e is written over several lines, which ends a run of aligned
// attributes.
func (e entry) multiline() bool {
	return e.isObj && len(e.obj) > 0 || strings.Contains(e.value, "\n")
}
