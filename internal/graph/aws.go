package graph

import (
	"fmt"
	"strings"
)

// buildAWS adds the AWS edges, entry points and crown jewels.
func buildAWS(g *Graph, rs []*Node) {
	open := openGroups(g, rs)
	for _, n := range rs {
		switch n.Type {
		case "aws_lb", "aws_alb", "aws_elb":
			loadBalancer(g, n, open)
		case "aws_instance":
			if publicIP(g, n) {
				exposeInOpenGroup(g, n, open, "public IP")
			}
		case "aws_db_instance", "aws_rds_cluster_instance":
			if b, ok := boolean(n, "publicly_accessible"); ok && b {
				exposeInOpenGroup(g, n, open, "publicly accessible")
			}
		case "aws_s3_bucket":
			if reason := publicBucket(n); reason != "" {
				g.expose(n, reason)
			}
		case "aws_lambda_function_url":
			if t, ok := str(n, "authorization_type"); ok && t == "NONE" {
				for _, f := range g.refs(n, "function_name") {
					g.expose(f, "function URL without authorisation", n.ID)
				}
			}
		}
	}
	groupIngress(g, rs)
	compute(g, rs)
	identities(g, rs)
	for _, n := range rs {
		switch n.Type {
		case "aws_db_instance", "aws_rds_cluster", "aws_redshift_cluster", "aws_docdb_cluster", "aws_neptune_cluster",
			"aws_elasticache_cluster", "aws_elasticache_replication_group", "aws_opensearch_domain", "aws_elasticsearch_domain",
			"aws_efs_file_system":
			g.jewel(n, "data store")
		}
	}
}

// openGroups returns the security groups that admit the whole internet, with why.
func openGroups(g *Graph, rs []*Node) map[string]string {
	open := map[string]string{}
	for _, n := range rs {
		if n.Type != "aws_security_group" {
			continue
		}
		rules, _ := attr(n, "ingress")
		for _, e := range list(rules) {
			rule := object(e)
			for _, f := range []struct{ field, any string }{{"cidr_blocks", "0.0.0.0/0"}, {"ipv6_cidr_blocks", "::/0"}} {
				cidrs, _ := stringsOf(rule[f.field])
				for _, c := range cidrs {
					if c == f.any && open[n.ID] == "" {
						open[n.ID] = f.any + " ingress" + ports(rule)
					}
				}
			}
		}
		if reason := open[n.ID]; reason != "" {
			g.EntryPoints[n.ID] = reason
		}
	}
	return open
}

func ports(rule map[string]any) string {
	from, ok1 := rule["from_port"].(int64)
	to, ok2 := rule["to_port"].(int64)
	proto, _ := rule["protocol"].(string)
	switch {
	case proto == "-1" || proto == "all":
		return " on every port"
	case !ok1 || !ok2:
		return ""
	case from == to:
		return fmt.Sprintf(" on port %d", from)
	}
	return fmt.Sprintf(" on ports %d-%d", from, to)
}

// memberAttrs are the attributes by which a resource names the security groups it is in.
// CloudFormation properties the adapters leave in their native shape count too.
var memberAttrs = []string{"vpc_security_group_ids", "security_groups", "security_group_ids", "vpc_config", "network_configuration",
	"NetworkInterfaces", "SecurityGroupIds", "SecurityGroups", "VPCSecurityGroups"}

// groupsOf returns the security groups n is in, as its references name them.
func groupsOf(g *Graph, n *Node) []*Node {
	var out []*Node
	for _, a := range memberAttrs {
		for _, t := range g.refs(n, a) {
			if t.Type == "aws_security_group" {
				out = append(out, t)
			}
		}
	}
	return out
}

// membersOf returns the resources in security group sg.
func membersOf(g *Graph, sg *Node) []*Node {
	var out []*Node
	seen := map[string]bool{}
	for _, a := range memberAttrs {
		for _, m := range g.referrers(sg, "", a) {
			if !seen[m.ID] && !strings.HasPrefix(m.Type, "aws_security_group") && !strings.HasPrefix(m.Type, "aws_vpc_security_group") {
				seen[m.ID] = true
				out = append(out, m)
			}
		}
	}
	return out
}

// exposeInOpenGroup makes n an entry point when one of its groups is open to the internet.
func exposeInOpenGroup(g *Graph, n *Node, open map[string]string, what string) {
	for _, sg := range groupsOf(g, n) {
		if reason := open[sg.ID]; reason != "" {
			g.expose(n, what+", "+reason, sg.ID)
			return
		}
	}
}

// publicIP reports whether an instance certainly has a public address: it asks for one, or
// an Elastic IP is associated with it.
func publicIP(g *Graph, n *Node) bool {
	if b, ok := boolean(n, "associate_public_ip_address"); ok && b {
		return true
	}
	return len(g.referrers(n, "aws_eip", "instance")) > 0 || len(g.referrers(n, "aws_eip_association", "instance_id")) > 0
}

// loadBalancer makes an internet-facing load balancer an entry point, when its security
// groups admit the internet (a network load balancer without groups admits everyone), and
// links it to the targets its listeners forward to.
func loadBalancer(g *Graph, lb *Node, open map[string]string) {
	internal, known := boolean(lb, "internal")
	if _, set := attr(lb, "internal"); !set && lb.Resource != nil {
		_, present := lb.Resource.Attributes["internal"]
		known = !present // absent: the provider's default, internet-facing
	}
	if known && !internal {
		groups := groupsOf(g, lb)
		typ, _ := str(lb, "load_balancer_type")
		switch {
		case len(groups) == 0 && typ == "network":
			g.expose(lb, "internet-facing")
		default:
			for _, sg := range groups {
				if open[sg.ID] != "" {
					g.expose(lb, "internet-facing, "+open[sg.ID], sg.ID)
					break
				}
			}
		}
	}
	for _, t := range g.refs(lb, "instances") { // classic load balancer
		g.addEdge(Edge{From: lb.ID, To: t.ID, Kind: Target})
	}
	for _, asg := range g.referrers(lb, "aws_autoscaling_group", "load_balancers") {
		g.addEdge(Edge{From: lb.ID, To: asg.ID, Kind: Target})
	}
	for _, lt := range []string{"aws_lb_listener", "aws_alb_listener"} {
		for _, l := range g.referrers(lb, lt, "load_balancer_arn") {
			groups := g.refs(l, "default_action")
			for _, rt := range []string{"aws_lb_listener_rule", "aws_alb_listener_rule"} {
				for _, rule := range g.referrers(l, rt, "listener_arn") {
					groups = append(groups, g.refs(rule, "action")...)
				}
			}
			for _, tg := range groups {
				if tg.Type == "aws_lb_target_group" || tg.Type == "aws_alb_target_group" {
					targets(g, lb, l, tg)
				}
			}
		}
	}
}

// targets links a load balancer to what a target group of one of its listeners holds.
func targets(g *Graph, lb, listener, tg *Node) {
	for _, at := range []string{"aws_lb_target_group_attachment", "aws_alb_target_group_attachment"} {
		for _, a := range g.referrers(tg, at, "target_group_arn") {
			for _, t := range g.refs(a, "target_id") {
				g.addEdge(Edge{From: lb.ID, To: t.ID, Kind: Target, Via: []string{listener.ID, tg.ID, a.ID}})
			}
		}
	}
	for _, asg := range g.referrers(tg, "aws_autoscaling_group", "target_group_arns") {
		g.addEdge(Edge{From: lb.ID, To: asg.ID, Kind: Target, Via: []string{listener.ID, tg.ID}})
	}
	for _, a := range g.referrers(tg, "aws_autoscaling_attachment", "lb_target_group_arn") {
		for _, asg := range g.refs(a, "autoscaling_group_name") {
			g.addEdge(Edge{From: lb.ID, To: asg.ID, Kind: Target, Via: []string{listener.ID, tg.ID, a.ID}})
		}
	}
}

// maxPairs bounds the network edges one group-to-group rule adds: two large groups admit
// each other's members all alike, and a path needs only one of those edges.
const maxPairs = 10_000

// groupIngress adds network edges: a rule of group B that admits group A lets every member
// of A reach every member of B.
func groupIngress(g *Graph, rs []*Node) {
	for _, b := range rs {
		if b.Type != "aws_security_group" {
			continue
		}
		rules, _ := attr(b, "ingress")
		for i, e := range list(rules) {
			for _, a := range g.refs(b, fmt.Sprintf("ingress.%d.security_groups", i)) {
				from, to := membersOf(g, a), membersOf(g, b)
				if len(from)*len(to) > maxPairs {
					from = from[:max(1, maxPairs/max(1, len(to)))]
				}
				for _, m := range from {
					for _, n := range to {
						g.addEdge(Edge{From: m.ID, To: n.ID, Kind: Network, Label: "network" + ports(object(e)), Via: []string{b.ID}})
					}
				}
			}
		}
	}
}

// compute links what runs code to the role it runs as, and Auto Scaling groups to what
// they launch.
func compute(g *Graph, rs []*Node) {
	profiles := byName(g, rs, "aws_iam_instance_profile")
	for _, n := range rs {
		switch n.Type {
		case "aws_instance", "aws_launch_template", "aws_launch_configuration":
			ps := g.refs(n, "iam_instance_profile")
			if len(ps) == 0 {
				name, _ := str(n, "iam_instance_profile")
				if name == "" {
					name, _ = str(n, "iam_instance_profile", 0, "name")
				}
				if p := profiles[n.Root+"\x00"+name]; p != nil && name != "" {
					ps = []*Node{p}
				}
			}
			for _, p := range ps {
				if p.Type != "aws_iam_instance_profile" && p.Type != cfnInstanceProfile {
					continue
				}
				for _, r := range rolesOf(g, p) {
					g.addEdge(Edge{From: n.ID, To: r.ID, Kind: InstanceProfile, Via: []string{p.ID}})
				}
			}
		case "aws_lambda_function":
			for _, r := range g.refs(n, "role") {
				if r.Type == "aws_iam_role" {
					g.addEdge(Edge{From: n.ID, To: r.ID, Kind: ExecutionRole})
				}
			}
		case "aws_autoscaling_group":
			for _, a := range []string{"launch_template", "launch_configuration", "mixed_instances_policy"} {
				for _, t := range g.refs(n, a) {
					if t.Type == "aws_launch_template" || t.Type == "aws_launch_configuration" {
						g.addEdge(Edge{From: n.ID, To: t.ID, Kind: Launches})
					}
				}
			}
		}
	}
}

// cfnInstanceProfile is the type an instance profile has in a template: the adapters keep
// it in its native shape, with its roles in Roles.
const cfnInstanceProfile = "AWS::IAM::InstanceProfile"

func rolesOf(g *Graph, profile *Node) []*Node {
	var out []*Node
	for _, a := range []string{"role", "roles", "Roles"} {
		for _, r := range g.refs(profile, a) {
			if r.Type == "aws_iam_role" {
				out = append(out, r)
			}
		}
	}
	if len(out) == 0 {
		if name, ok := str(profile, "role"); ok {
			for _, r := range g.ofType(profile.Root, "aws_iam_role") {
				if n, _ := str(r, "name"); n == name {
					out = append(out, r)
				}
			}
		}
	}
	return out
}

// byName indexes the resources of a type by root and "name".
func byName(g *Graph, rs []*Node, typ string) map[string]*Node {
	out := map[string]*Node{}
	for _, n := range rs {
		if n.Type == typ {
			if name, ok := str(n, "name"); ok {
				out[n.Root+"\x00"+name] = n
			}
		}
	}
	return out
}

// publicBucket says why a bucket is open to everyone, or "" when it is not known to be: a
// public canned ACL or an Allow to every principal without a condition, not blocked by
// the bucket's public access block.
func publicBucket(n *Node) string {
	blocked := func(setting string) bool {
		b, ok := boolean(n, "public_access_block", setting)
		return ok && b
	}
	if acl, ok := str(n, "acl"); ok && (acl == "public-read" || acl == "public-read-write") &&
		!blocked("block_public_acls") && !blocked("ignore_public_acls") {
		return "public ACL " + acl
	}
	if blocked("block_public_policy") || blocked("restrict_public_buckets") {
		return ""
	}
	doc, _ := attr(n, "policy")
	d := document(doc)
	var raw []any
	switch s := d["Statement"].(type) {
	case []any:
		raw = s
	case map[string]any:
		raw = []any{s}
	}
	for _, e := range raw {
		s := object(e)
		if effect, _ := s["Effect"].(string); effect != "Allow" || s["Condition"] != nil {
			continue
		}
		p := s["Principal"]
		if m := object(p); m != nil {
			p = m["AWS"]
		}
		if ps, _ := stringsOf(p); len(ps) > 0 {
			for _, x := range ps {
				if x == "*" {
					return "bucket policy allows everyone"
				}
			}
		}
	}
	return ""
}

// identityPolicies are the resources that give an identity a policy: type, the attribute
// naming the identity, and whether it holds the document itself (or names a policy ARN).
var identityPolicies = []struct {
	typ, identity, attr string
	inline              bool
}{
	{"aws_iam_role_policy", "aws_iam_role", "role", true},
	{"aws_iam_role_policy_attachment", "aws_iam_role", "role", false},
	{"aws_iam_policy_attachment", "aws_iam_role", "roles", false},
	{"aws_iam_user_policy", "aws_iam_user", "user", true},
	{"aws_iam_user_policy_attachment", "aws_iam_user", "user", false},
	{"aws_iam_policy_attachment", "aws_iam_user", "users", false},
}

// identities gathers each role's and user's policies, marks administrators as crown
// jewels, and adds access edges from each role to the data stores its policies let it read.
func identities(g *Graph, rs []*Node) {
	grants := map[string][]grant{}
	names := map[string]map[string]*Node{"aws_iam_role": byName(g, rs, "aws_iam_role"), "aws_iam_user": byName(g, rs, "aws_iam_user")}
	for _, n := range rs {
		switch n.Type {
		case "aws_iam_role", "aws_iam_user":
			inline, _ := attr(n, "inline_policy")
			for _, e := range list(inline) {
				if d := document(object(e)["policy"]); d != nil {
					grants[n.ID] = append(grants[n.ID], grant{stmts: statements(d), holder: n})
				}
			}
			for _, p := range g.refs(n, "managed_policy_arns") {
				grants[n.ID] = append(grants[n.ID], policyGrant(p, nil))
			}
			arns, _ := attr(n, "managed_policy_arns")
			known, _ := stringsOf(arns)
			for _, arn := range known {
				if d := managedPolicies[arn]; d != nil {
					grants[n.ID] = append(grants[n.ID], grant{stmts: statements(d), holder: n})
				}
			}
		}
		for _, ip := range identityPolicies {
			if n.Type != ip.typ {
				continue
			}
			for _, id := range attached(g, n, ip.identity, ip.attr, names[ip.identity]) {
				if ip.inline {
					if d := document(attrOr(n, "policy")); d != nil {
						grants[id.ID] = append(grants[id.ID], grant{stmts: statements(d), via: []string{n.ID}, holder: n})
					}
					continue
				}
				for _, p := range g.refs(n, "policy_arn") {
					grants[id.ID] = append(grants[id.ID], policyGrant(p, n))
				}
				if arn, ok := str(n, "policy_arn"); ok && managedPolicies[arn] != nil {
					grants[id.ID] = append(grants[id.ID], grant{stmts: statements(managedPolicies[arn]), via: []string{n.ID}, holder: n})
				}
			}
		}
	}
	for _, id := range sortedIDs(grants) {
		n := g.nodes[id]
		for _, gr := range grants[id] {
			for _, s := range gr.stmts {
				if s.admin() {
					g.jewel(n, "administrator access")
				}
			}
		}
		if n.Type == "aws_iam_role" {
			access(g, n, grants[id])
		}
	}
	for _, n := range rs {
		for _, st := range stores {
			if n.Type == st.typ && (st.applies == nil || st.applies(n)) {
				g.jewel(n, st.reason)
			}
		}
	}
}

func attrOr(n *Node, name string) any {
	v, _ := attr(n, name)
	return v
}

// attached returns the identities of type typ that resource n attaches a policy to: by
// reference, or by a literal name that a declared identity has.
func attached(g *Graph, n *Node, typ, attrName string, names map[string]*Node) []*Node {
	var out []*Node
	for _, t := range g.refs(n, attrName) {
		if t.Type == typ {
			out = append(out, t)
		}
	}
	if len(out) > 0 {
		return out
	}
	v, _ := attr(n, attrName)
	known, _ := stringsOf(v)
	for _, name := range known {
		if t := names[n.Root+"\x00"+name]; t != nil {
			out = append(out, t)
		}
	}
	return out
}

// policyGrant is the grant of a customer managed policy p, attached through attachment (nil
// for managed_policy_arns).
func policyGrant(p, attachment *Node) grant {
	gr := grant{holder: p, via: []string{p.ID}}
	if attachment != nil {
		gr.via = []string{attachment.ID, p.ID}
	}
	if d := document(attrOr(p, "policy")); d != nil {
		gr.stmts = statements(d)
	}
	return gr
}

// access adds an edge from role to each data store its grants let it read.
func access(g *Graph, role *Node, grants []grant) {
	for _, st := range stores {
		pre := false
		for _, gr := range grants {
			for _, s := range gr.stmts {
				pre = pre || (s.allow && s.grantsAction(st.action))
			}
		}
		if !pre {
			continue
		}
		for _, n := range g.ofType(role.Root, st.typ) {
			if st.applies != nil && !st.applies(n) {
				continue
			}
			if ok, via := g.reaches(grants, st, n, st.arns(n)); ok {
				g.addEdge(Edge{From: role.ID, To: n.ID, Kind: Access, Label: actionName(st.action), Via: via})
			}
		}
	}
}

// actionName spells an action as AWS documents it.
func actionName(a string) string {
	for _, s := range []string{"s3:GetObject", "dynamodb:GetItem", "secretsmanager:GetSecretValue", "ssm:GetParameter", "kms:Decrypt"} {
		if strings.EqualFold(s, a) {
			return s
		}
	}
	return a
}
