package graph

import (
	"strings"
)

// statement is one statement of an IAM policy document, as far as access needs it.
type statement struct {
	allow       bool
	actions     []string // lower case
	notAction   bool
	resources   []string // the known Resource patterns
	someUnknown bool     // a Resource element is unknown: resolved through the holder's references
	notResource bool
	conditional bool
}

func statements(doc map[string]any) []statement {
	var raw []any
	switch s := doc["Statement"].(type) {
	case []any:
		raw = s
	case map[string]any:
		raw = []any{s}
	}
	var out []statement
	for _, e := range raw {
		m := object(e)
		if m == nil {
			continue
		}
		effect, _ := m["Effect"].(string)
		st := statement{allow: strings.EqualFold(effect, "Allow"), conditional: m["Condition"] != nil}
		if !st.allow && !strings.EqualFold(effect, "Deny") {
			continue // an unknown effect grants and denies nothing we can tell
		}
		actions, unknownAction := stringsOf(m["Action"])
		if m["Action"] == nil {
			actions, unknownAction = stringsOf(m["NotAction"])
			st.notAction = true
		}
		if unknownAction && st.allow == st.notAction {
			continue // an unknown action in an Allow (or NotAction of a Deny) may be anything
		}
		for _, a := range actions {
			st.actions = append(st.actions, strings.ToLower(a))
		}
		st.resources, st.someUnknown = stringsOf(m["Resource"])
		if m["Resource"] == nil {
			st.resources, st.someUnknown = stringsOf(m["NotResource"])
			st.notResource = true
		}
		out = append(out, st)
	}
	return out
}

// grantsAction reports whether the statement's actions cover action (lower case).
func (s statement) grantsAction(action string) bool {
	for _, a := range s.actions {
		if glob(a, action) {
			return !s.notAction
		}
	}
	return s.notAction
}

// admin reports whether the statement allows every action on every resource.
func (s statement) admin() bool {
	if !s.allow || s.notAction || s.notResource || s.conditional {
		return false
	}
	every := false
	for _, a := range s.actions {
		every = every || a == "*" || a == "*:*"
	}
	for _, r := range s.resources {
		if r == "*" {
			return every
		}
	}
	return false
}

// matchesARN reports whether an IAM Resource pattern covers a resource of service whose ARN
// ends in resource (the part after the fifth colon). Region and account are not compared:
// a scan rarely knows them, and a pattern that names another account is rare in a policy
// that also names the resource.
func matchesARN(pattern, service, resource string) bool {
	if pattern == "*" {
		return true
	}
	parts := strings.SplitN(pattern, ":", 6)
	if len(parts) != 6 {
		return false
	}
	return glob(parts[0], "arn") && glob(parts[2], service) && glob(parts[5], resource)
}

// glob matches IAM wildcards: * any run of characters, ? one character.
func glob(pattern, s string) bool {
	star, match := -1, 0
	p, i := 0, 0
	for i < len(s) {
		switch {
		case p < len(pattern) && (pattern[p] == '?' || pattern[p] == s[i]):
			p++
			i++
		case p < len(pattern) && pattern[p] == '*':
			star, match = p, i
			p++
		case star >= 0:
			p = star + 1
			match++
			i = match
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}

// managedPolicies are AWS managed policies whose effect on data access is known: the ARN an
// attachment names stands for this document.
var managedPolicies = map[string]map[string]any{
	"arn:aws:iam::aws:policy/AdministratorAccess": {"Statement": []any{
		map[string]any{"Effect": "Allow", "Action": "*", "Resource": "*"}}},
	"arn:aws:iam::aws:policy/AmazonS3FullAccess": {"Statement": []any{
		map[string]any{"Effect": "Allow", "Action": []any{"s3:*", "s3-object-lambda:*"}, "Resource": "*"}}},
	"arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess": {"Statement": []any{
		map[string]any{"Effect": "Allow", "Action": []any{"s3:Get*", "s3:List*", "s3:Describe*", "s3-object-lambda:Get*", "s3-object-lambda:List*"}, "Resource": "*"}}},
}

// grant is one policy an identity holds.
type grant struct {
	stmts []statement
	// via are the resources the policy came through (the inline policy resource, or the
	// attachment and the policy), IDs.
	via []string
	// holder is the resource whose references stand for the unknown Resource elements of the
	// document (the policy resource; the identity for an inline block).
	holder *Node
}

// store describes a kind of crown jewel an IAM policy can give read access to.
type store struct {
	typ, reason string
	action      string // lower case
	service     string
	// arns returns the resource parts of the ARNs that reading n involves; none when its
	// name is not known (only "*" or a reference then reaches it).
	arns func(n *Node) []string
	// applies, when set, says whether n is a crown jewel at all.
	applies func(n *Node) bool
}

var stores = []store{
	{typ: "aws_s3_bucket", reason: "data store", action: "s3:getobject", service: "s3", arns: func(n *Node) []string {
		if name, ok := str(n, "bucket"); ok {
			return []string{name, name + "/object"}
		}
		return nil
	}},
	{typ: "aws_dynamodb_table", reason: "data store", action: "dynamodb:getitem", service: "dynamodb", arns: named("table/", "")},
	{typ: "aws_secretsmanager_secret", reason: "secret", action: "secretsmanager:getsecretvalue", service: "secretsmanager", arns: named("secret:", "-AbCdEf")},
	{typ: "aws_ssm_parameter", reason: "secret", action: "ssm:getparameter", service: "ssm", arns: func(n *Node) []string {
		if name, ok := str(n, "name"); ok {
			return []string{"parameter/" + strings.TrimPrefix(name, "/")}
		}
		return nil
	}, applies: func(n *Node) bool { t, ok := str(n, "type"); return ok && t == "SecureString" }},
	{typ: "aws_kms_key", reason: "encryption key", action: "kms:decrypt", service: "kms", arns: func(*Node) []string { return nil }},
}

// named returns the ARN resource part prefix+name+suffix of a resource's "name".
func named(prefix, suffix string) func(n *Node) []string {
	return func(n *Node) []string {
		if name, ok := str(n, "name"); ok {
			return []string{prefix + name + suffix}
		}
		return nil
	}
}

// reaches reports whether the grants let their identity perform st.action on n, and
// through which resources.
func (g *Graph) reaches(grants []grant, st store, n *Node, arns []string) (bool, []string) {
	covers := func(s statement, gr grant) bool {
		if !s.grantsAction(st.action) {
			return false
		}
		hit := false
		for _, pat := range s.resources {
			for _, a := range arns {
				hit = hit || matchesARN(pat, st.service, a)
			}
			hit = hit || pat == "*"
		}
		if s.notResource {
			return !hit && !s.someUnknown && len(arns) > 0
		}
		if !hit && s.someUnknown && gr.holder != nil {
			for _, t := range g.refs(gr.holder, "") {
				hit = hit || t.ID == n.ID
			}
		}
		return hit
	}
	var via []string
	allowed := false
	for _, gr := range grants {
		for _, s := range gr.stmts {
			if !covers(s, gr) {
				continue
			}
			if !s.allow && !s.conditional {
				return false, nil // an explicit, unconditional deny wins
			}
			if s.allow && !allowed {
				allowed, via = true, gr.via
			}
		}
	}
	return allowed, via
}
