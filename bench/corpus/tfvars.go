package corpus

import (
	"bytes"
	"strconv"
	"strings"
)

// entry is one line of an HCL body: an attribute with a one-line value, or a key whose value
// is an object written over several lines.
type entry struct {
	key   string
	value string  // when obj is nil
	obj   []entry // a nested object; empty prints as {}
	isObj bool
}

func attr(k, v string) entry             { return entry{key: k, value: v} }
func object(k string, es ...entry) entry { return entry{key: k, obj: es, isObj: true} }
func str(s string) string                { return strconv.Quote(s) }
func boolean(b bool) string              { return strconv.FormatBool(b) }
func num(n int) string                   { return strconv.Itoa(n) }

func strs(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = str(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

func nums(ns []int) string {
	q := make([]string, len(ns))
	for i, n := range ns {
		q[i] = num(n)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// unless adds e only where the value differs from the variable's default, as people write
// tfvars.
func unless(isDefault bool, e entry) []entry {
	if isDefault {
		return nil
	}
	return []entry{e}
}

// body prints entries at depth, aligning the = of consecutive one-line attributes as
// terraform fmt does.
func body(buf *bytes.Buffer, es []entry, depth int) {
	ind := strings.Repeat("  ", depth)
	for i := 0; i < len(es); {
		if e := es[i]; e.multiline() {
			if !e.isObj {
				buf.WriteString(ind + key(e.key) + " = " + e.value + "\n")
			} else {
				buf.WriteString(ind + key(e.key) + " = {\n")
				body(buf, e.obj, depth+1)
				buf.WriteString(ind + "}\n")
			}
			i++
			continue
		}
		j, width := i, 0
		for ; j < len(es) && !es[j].multiline(); j++ {
			width = max(width, len(key(es[j].key)))
		}
		for _, e := range es[i:j] {
			k, v := key(e.key), e.value
			if e.isObj {
				v = "{}"
			}
			buf.WriteString(ind + k + strings.Repeat(" ", width-len(k)) + " = " + v + "\n")
		}
		i = j
	}
}

// key quotes map keys that are not identifiers.
func key(k string) string {
	for _, r := range k {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return str(k)
		}
	}
	return k
}

// values are a stack's variable values in the order tfvars lists them, in groups separated
// by a blank line. Values equal to a variable's declared default are left out, as people
// write tfvars.
func values(st *stack) [][]entry {
	groups := [][]entry{{
		attr("region", str(st.Region)), attr("team", str(st.Team)), attr("environment", str(st.Env)),
		attr("stack", str(st.Name)), attr("account_id", str(st.AccountID)),
	}}
	var net []entry
	net = append(net, attr("vpc_cidr", str(st.CIDR)), attr("azs", strs(st.AZs)))
	net = append(net, unless(!st.PublicSubnets, attr("public_subnets", "true"))...)
	net = append(net, unless(st.FlowLogs, attr("flow_logs", "false"))...)
	net = append(net, attr("admin_cidrs", strs(st.AdminCIDRs)))
	groups = append(groups, net)

	var acct []entry
	acct = append(acct, unless(st.EBSDefaultEncryption, attr("ebs_default_encryption", "false"))...)
	acct = append(acct, unless(!st.CIUser, attr("ci_user", "true"))...)
	acct = append(acct, unless(!st.DeployPassRoleAny, attr("deploy_passrole_any", "true"))...)
	acct = append(acct, unless(!st.SupportTrustAny, attr("support_trust_any", "true"))...)
	acct = append(acct, unless(!st.ClassicELB, attr("classic_elb", "true"))...)
	if len(st.LegacyBuckets) > 0 {
		acct = append(acct, attr("legacy_buckets", strs(st.LegacyBuckets)))
	}
	if st.PasswordPolicy {
		acct = append(acct, object("password_policy", attr("minimum_length", num(st.PasswordMinLength))))
	}
	if len(acct) > 0 {
		groups = append(groups, acct)
	}

	groups = append(groups, []entry{keysVar(st)}, []entry{bucketsVar(st)})
	if len(st.Services) > 0 {
		groups = append(groups, []entry{servicesVar(st)})
	}
	if st.Workers > 0 {
		// worker_count sits beside the settings it multiplies.
		groups = append(groups, []entry{attr("worker_count", num(st.Workers)), workerVar(st)})
	}
	if len(st.Databases) > 0 {
		groups = append(groups, []entry{databasesVar(st)})
	}
	if st.Audit != nil {
		a := st.Audit
		var es []entry
		es = append(es, unless(a.MultiRegion, attr("multi_region", "false"))...)
		es = append(es, unless(a.LogValidation, attr("log_file_validation", "false"))...)
		es = append(es, unless(a.Encrypted, attr("encrypted", "false"))...)
		es = append(es, unless(a.CloudWatch, attr("cloudwatch", "false"))...)
		groups = append(groups, []entry{object("audit", es...)})
	}
	return groups
}

// tfvars writes a stack's terraform.tfvars.
func tfvars(st *stack) []byte {
	var buf bytes.Buffer
	buf.WriteString("# " + st.Name + ": values for " + st.Env + ". Reviewed by the " + st.Team + " team.\n")
	for _, g := range values(st) {
		buf.WriteString("\n")
		body(&buf, g, 0)
	}
	return buf.Bytes()
}

func keysVar(st *stack) entry {
	var es []entry
	for _, k := range st.Keys {
		var kv []entry
		kv = append(kv, unless(k.Rotation, attr("rotation", "false"))...)
		kv = append(kv, unless(k.DeletionWindow == 30, attr("deletion_window", num(k.DeletionWindow)))...)
		kv = append(kv, unless(!k.AnyPrincipal, attr("allow_any_principal", "true"))...)
		es = append(es, object(k.Key, kv...))
	}
	return object("kms_keys", es...)
}

func bucketsVar(st *stack) entry {
	var es []entry
	for _, b := range st.Buckets {
		var bv []entry
		bv = append(bv, unless(b.Versioning, attr("versioning", "false"))...)
		bv = append(bv, unless(!b.MFADelete, attr("mfa_delete", "true"))...)
		bv = append(bv, unless(b.Encryption == "kms", attr("encryption", str(b.Encryption)))...)
		bv = append(bv, unless(b.BlockPublic, attr("block_public_access", "false"))...)
		bv = append(bv, unless(!b.OpenPolicy, attr("block_public_policy", "false"))...)
		bv = append(bv, unless(b.ACL == "", attr("acl", str(b.ACL)))...)
		bv = append(bv, unless(b.Logging, attr("logging", "false"))...)
		bv = append(bv, unless(b.Policy == "tls", attr("policy", str(b.Policy)))...)
		if b.Policy == "public" {
			bv = append(bv, attr("data_class", str("public")))
		}
		es = append(es, object(b.Key, bv...))
	}
	return object("buckets", es...)
}

func servicesVar(st *stack) entry {
	var es []entry
	for _, s := range st.Services {
		sv := []entry{attr("instance_count", num(s.Instances))}
		sv = append(sv, unless(s.InstanceType == "t3.medium", attr("instance_type", str(s.InstanceType)))...)
		sv = append(sv, unless(!s.Public, attr("public", "true"))...)
		sv = append(sv, unless(len(s.Ports) == 1 && s.Ports[0] == 443, attr("ports", nums(s.Ports)))...)
		sv = append(sv, unless(s.IMDSv2, attr("imdsv2", "false"))...)
		sv = append(sv, unless(s.Encrypted, attr("encrypted", "false"))...)
		sv = append(sv, unless(!s.DebugSSH, attr("debug_ssh", "true"))...)
		sv = append(sv, unless(!s.AdminAccess, attr("admin_access", "true"))...)
		sv = append(sv, unless(!s.BroadAccess, attr("broad_access", "true"))...)
		sv = append(sv, unless(!s.BootstrapWithKeys, attr("bootstrap_with_keys", "true"))...)
		sv = append(sv, unless(!s.OpenAllPorts, attr("open_all_ports", "true"))...)
		if lb := s.LB; lb != nil {
			var lv []entry
			lv = append(lv, unless(lb.StrictHeaders, attr("strict_headers", "false"))...)
			lv = append(lv, unless(lb.HTTPSRedirect, attr("https_redirect", "false"))...)
			lv = append(lv, unless(lb.AccessLogs, attr("access_logs", "false"))...)
			lv = append(lv, unless(lb.TLSPolicy == tlsPolicies[0], attr("tls_policy", str(lb.TLSPolicy)))...)
			sv = append(sv, object("load_balancer", lv...))
		}
		if e := s.ECR; e != nil {
			var ev []entry
			ev = append(ev, unless(e.Immutable, attr("immutable", "false"))...)
			ev = append(ev, unless(e.ScanOnPush, attr("scan_on_push", "false"))...)
			ev = append(ev, unless(!e.Public, attr("public", "true"))...)
			sv = append(sv, object("ecr", ev...))
		}
		if l := s.Lambda; l != nil {
			var lv []entry
			lv = append(lv, unless(l.Tracing, attr("tracing", "false"))...)
			lv = append(lv, unless(!l.InlineSecret, attr("inline_secret", "true"))...)
			lv = append(lv, unless(!l.PublicInvoke, attr("public_invoke", "true"))...)
			lv = append(lv, unless(!l.Unscoped, attr("unscoped_invoke", "true"))...)
			lv = append(lv, unless(l.QueueEncrypted, attr("queue_encrypted", "false"))...)
			lv = append(lv, unless(l.TopicEncrypted, attr("topic_encrypted", "false"))...)
			lv = append(lv, unless(!l.PublicQueue, attr("public_queue", "true"))...)
			lv = append(lv, unless(!l.PublicTopic, attr("public_topic", "true"))...)
			sv = append(sv, object("lambda", lv...))
		}
		es = append(es, object(s.Key, sv...))
	}
	return object("services", es...)
}

func workerVar(st *stack) entry {
	w := st.Worker
	var wv []entry
	wv = append(wv, unless(w.InstanceType == "t3.medium", attr("instance_type", str(w.InstanceType)))...)
	wv = append(wv, unless(w.IMDSv2, attr("imdsv2", "false"))...)
	wv = append(wv, unless(w.Encrypted, attr("encrypted", "false"))...)
	wv = append(wv, unless(!w.BroadAccess, attr("broad_access", "true"))...)
	return object("worker", wv...)
}

func databasesVar(st *stack) entry {
	var es []entry
	for _, d := range st.Databases {
		var dv []entry
		dv = append(dv, unless(d.Engine == "postgres", attr("engine", str(d.Engine)))...)
		dv = append(dv, unless(d.InstanceClass == "db.t3.medium", attr("instance_class", str(d.InstanceClass)))...)
		dv = append(dv, unless(d.Encrypted, attr("encrypted", "false"))...)
		dv = append(dv, unless(!d.Public, attr("public", "true"))...)
		dv = append(dv, unless(d.BackupDays == 7, attr("backup_retention_days", num(d.BackupDays)))...)
		dv = append(dv, unless(d.DeletionProtection, attr("deletion_protection", "false"))...)
		dv = append(dv, unless(d.IAMAuth, attr("iam_auth", "false"))...)
		dv = append(dv, unless(d.MinorUpgrades, attr("minor_upgrades", "false"))...)
		dv = append(dv, unless(!d.Aurora, attr("aurora", "true"))...)
		if len(d.Tables) > 0 {
			var tv []entry
			for _, t := range d.Tables {
				var te []entry
				te = append(te, unless(t.PITR, attr("pitr", "false"))...)
				te = append(te, unless(t.CMK, attr("cmk", "false"))...)
				tv = append(tv, object(t.Key, te...))
			}
			dv = append(dv, object("tables", tv...))
		}
		es = append(es, object(d.Key, dv...))
	}
	return object("databases", es...)
}
