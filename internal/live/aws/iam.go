package aws

import (
	"context"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	iamtypes "github.com/aws/aws-sdk-go-v2/service/iam/types"

	"github.com/plumbsec/plumb/internal/resource"
)

// IAM is global: its resources belong to the home scope and their live ids name the region
// "global". Resources without an ARN (access keys, inline policies, attachments) are keyed
// by a live id whose last part is Terraform's import id for them.

func (c *collector) iamClient() *iam.Client { return iam.NewFromConfig(c.cfg) }

func (j *job) emitIAM(typ, key, id string, a attrs, refs ...resource.Reference) *resource.Resource {
	if key == "" {
		key = LiveID(j.c.account, globalRegion, typ, id)
	}
	return j.emitIn(globalRegion, typ, key, id, a, refs...)
}

func collectUsers(ctx context.Context, j *job) error {
	client := j.c.iamClient()
	var users []iamtypes.User
	p := iam.NewListUsersPaginator(client, &iam.ListUsersInput{MaxItems: j.c.pageSize(1, 1000)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return err
		}
		users = append(users, page.Users...)
	}
	forEach(ctx, j.c.concurrency(), users, func(u iamtypes.User) {
		name := aws.ToString(u.UserName)
		a := attrs{"name": name}
		a.str("path", u.Path)
		if b := u.PermissionsBoundary; b != nil {
			a.str("permissions_boundary", b.PermissionsBoundaryArn)
		}
		arn := aws.ToString(u.Arn)
		j.emitIAM("aws_iam_user", arn, name, a)
		j.accessKeys(ctx, client, name, arn)
		j.principalPolicies(ctx, userPolicies(client, name, arn))
	})
	return nil
}

// accessKeys emits the user's access keys: their ids and status, never a secret.
func (j *job) accessKeys(ctx context.Context, client *iam.Client, user, userARN string) {
	p := iam.NewListAccessKeysPaginator(client, &iam.ListAccessKeysInput{UserName: aws.String(user), MaxItems: j.c.pageSize(1, 1000)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			j.incomplete("aws_iam_access_key", err)
			return
		}
		for _, k := range page.AccessKeyMetadata {
			id := user + "/" + aws.ToString(k.AccessKeyId)
			a := attrs{"user": user}
			a.text("status", string(k.Status))
			j.emitIAM("aws_iam_access_key", "", id, a, ref("user", userARN))
		}
	}
}

func collectGroups(ctx context.Context, j *job) error {
	client := j.c.iamClient()
	var groups []iamtypes.Group
	p := iam.NewListGroupsPaginator(client, &iam.ListGroupsInput{MaxItems: j.c.pageSize(1, 1000)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return err
		}
		groups = append(groups, page.Groups...)
	}
	forEach(ctx, j.c.concurrency(), groups, func(g iamtypes.Group) {
		name := aws.ToString(g.GroupName)
		a := attrs{"name": name}
		a.str("path", g.Path)
		arn := aws.ToString(g.Arn)
		j.emitIAM("aws_iam_group", arn, name, a)
		j.principalPolicies(ctx, groupPolicies(client, name, arn))
	})
	return nil
}

func collectRoles(ctx context.Context, j *job) error {
	client := j.c.iamClient()
	var roles []iamtypes.Role
	p := iam.NewListRolesPaginator(client, &iam.ListRolesInput{MaxItems: j.c.pageSize(1, 1000)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return err
		}
		roles = append(roles, page.Roles...)
	}
	forEach(ctx, j.c.concurrency(), roles, func(r iamtypes.Role) {
		name := aws.ToString(r.RoleName)
		a := attrs{"name": name}
		a.str("path", r.Path)
		a.str("description", r.Description)
		a.i32("max_session_duration", r.MaxSessionDuration)
		if d := aws.ToString(r.AssumeRolePolicyDocument); d != "" {
			a["assume_role_policy"] = document(d)
		}
		if b := r.PermissionsBoundary; b != nil {
			a.str("permissions_boundary", b.PermissionsBoundaryArn)
		}
		arn := aws.ToString(r.Arn)
		j.emitIAM("aws_iam_role", arn, name, a)
		j.principalPolicies(ctx, rolePolicies(client, name, arn))
	})
	return nil
}

// collectPolicies reads the account's own managed policies with their default version's
// document; AWS-managed policies are AWS's, and appear only through attachments.
func collectPolicies(ctx context.Context, j *job) error {
	client := j.c.iamClient()
	var policies []iamtypes.Policy
	p := iam.NewListPoliciesPaginator(client, &iam.ListPoliciesInput{Scope: iamtypes.PolicyScopeTypeLocal, MaxItems: j.c.pageSize(1, 1000)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return err
		}
		policies = append(policies, page.Policies...)
	}
	forEach(ctx, j.c.concurrency(), policies, func(pol iamtypes.Policy) {
		a := attrs{}
		a.str("name", pol.PolicyName)
		a.str("path", pol.Path)
		a.str("description", pol.Description)
		r := j.emitIAM("aws_iam_policy", aws.ToString(pol.Arn), aws.ToString(pol.PolicyName), a)
		out, err := client.GetPolicyVersion(ctx, &iam.GetPolicyVersionInput{PolicyArn: pol.Arn, VersionId: pol.DefaultVersionId})
		if err != nil {
			j.unknown(r, resource.Path{"policy"}, err)
			return
		}
		if out.PolicyVersion != nil && out.PolicyVersion.Document != nil {
			a["policy"] = document(*out.PolicyVersion.Document)
		}
	})
	return nil
}

// collectPasswordPolicy reads the account's password policy. An account without one has
// the weakest settings, so it is reported as a policy that sets nothing, which the password
// rules judge as Terraform's provider defaults.
func collectPasswordPolicy(ctx context.Context, j *job) error {
	out, err := j.c.iamClient().GetAccountPasswordPolicy(ctx, &iam.GetAccountPasswordPolicyInput{})
	a := attrs{}
	switch {
	case hasCode(err, "NoSuchEntity"):
	case err != nil:
		return err
	case out.PasswordPolicy != nil:
		pp := out.PasswordPolicy
		a.i32("minimum_password_length", pp.MinimumPasswordLength)
		a.i32("password_reuse_prevention", pp.PasswordReusePrevention)
		a.i32("max_password_age", pp.MaxPasswordAge)
		a.boolean("hard_expiry", pp.HardExpiry)
		a["allow_users_to_change_password"] = pp.AllowUsersToChangePassword
		a["require_lowercase_characters"] = pp.RequireLowercaseCharacters
		a["require_uppercase_characters"] = pp.RequireUppercaseCharacters
		a["require_numbers"] = pp.RequireNumbers
		a["require_symbols"] = pp.RequireSymbols
	}
	const id = "iam-account-password-policy" // Terraform's id for the one policy of an account
	j.emitIAM("aws_iam_account_password_policy", "", id, a)
	return nil
}

// principal is a user, group or role with the calls that list its policies.
type principal struct {
	kind, name, arn string
	inline          func(ctx context.Context) ([]string, error)
	document        func(ctx context.Context, policy string) (*string, error)
	attached        func(ctx context.Context) ([]string, error)
}

// principalPolicies emits a principal's inline policies (aws_iam_<kind>_policy) and its
// managed policy attachments (aws_iam_<kind>_policy_attachment), as Terraform declares them.
func (j *job) principalPolicies(ctx context.Context, p principal) {
	inlineType, attachType := "aws_iam_"+p.kind+"_policy", "aws_iam_"+p.kind+"_policy_attachment"
	names, err := p.inline(ctx)
	if err != nil {
		j.incomplete(inlineType, err)
	}
	for _, n := range names {
		a := attrs{p.kind: p.name, "name": n}
		r := j.emitIAM(inlineType, "", p.name+":"+n, a, ref(p.kind, p.arn))
		doc, err := p.document(ctx, n)
		if err != nil {
			j.unknown(r, resource.Path{"policy"}, err)
			continue
		}
		if doc != nil {
			a["policy"] = document(*doc)
		}
	}
	arns, err := p.attached(ctx)
	if err != nil {
		j.incomplete(attachType, err)
	}
	for _, arn := range arns {
		a := attrs{p.kind: p.name, "policy_arn": arn}
		refs := []resource.Reference{ref(p.kind, p.arn)}
		if !strings.Contains(arn, ":iam::aws:policy/") {
			refs = append(refs, ref("policy_arn", arn))
		}
		j.emitIAM(attachType, "", p.name+"/"+arn, a, refs...)
	}
}

func userPolicies(c *iam.Client, name, arn string) principal {
	return principal{kind: "user", name: name, arn: arn,
		inline: func(ctx context.Context) ([]string, error) {
			return pages(ctx, iam.NewListUserPoliciesPaginator(c, &iam.ListUserPoliciesInput{UserName: &name}), func(page *iam.ListUserPoliciesOutput) []string { return page.PolicyNames })
		},
		document: func(ctx context.Context, policy string) (*string, error) {
			out, err := c.GetUserPolicy(ctx, &iam.GetUserPolicyInput{UserName: &name, PolicyName: &policy})
			if err != nil {
				return nil, err
			}
			return out.PolicyDocument, nil
		},
		attached: func(ctx context.Context) ([]string, error) {
			return pages(ctx, iam.NewListAttachedUserPoliciesPaginator(c, &iam.ListAttachedUserPoliciesInput{UserName: &name}), func(page *iam.ListAttachedUserPoliciesOutput) []string { return attachedARNs(page.AttachedPolicies) })
		},
	}
}

func groupPolicies(c *iam.Client, name, arn string) principal {
	return principal{kind: "group", name: name, arn: arn,
		inline: func(ctx context.Context) ([]string, error) {
			return pages(ctx, iam.NewListGroupPoliciesPaginator(c, &iam.ListGroupPoliciesInput{GroupName: &name}), func(page *iam.ListGroupPoliciesOutput) []string { return page.PolicyNames })
		},
		document: func(ctx context.Context, policy string) (*string, error) {
			out, err := c.GetGroupPolicy(ctx, &iam.GetGroupPolicyInput{GroupName: &name, PolicyName: &policy})
			if err != nil {
				return nil, err
			}
			return out.PolicyDocument, nil
		},
		attached: func(ctx context.Context) ([]string, error) {
			return pages(ctx, iam.NewListAttachedGroupPoliciesPaginator(c, &iam.ListAttachedGroupPoliciesInput{GroupName: &name}), func(page *iam.ListAttachedGroupPoliciesOutput) []string { return attachedARNs(page.AttachedPolicies) })
		},
	}
}

func rolePolicies(c *iam.Client, name, arn string) principal {
	return principal{kind: "role", name: name, arn: arn,
		inline: func(ctx context.Context) ([]string, error) {
			return pages(ctx, iam.NewListRolePoliciesPaginator(c, &iam.ListRolePoliciesInput{RoleName: &name}), func(page *iam.ListRolePoliciesOutput) []string { return page.PolicyNames })
		},
		document: func(ctx context.Context, policy string) (*string, error) {
			out, err := c.GetRolePolicy(ctx, &iam.GetRolePolicyInput{RoleName: &name, PolicyName: &policy})
			if err != nil {
				return nil, err
			}
			return out.PolicyDocument, nil
		},
		attached: func(ctx context.Context) ([]string, error) {
			return pages(ctx, iam.NewListAttachedRolePoliciesPaginator(c, &iam.ListAttachedRolePoliciesInput{RoleName: &name}), func(page *iam.ListAttachedRolePoliciesOutput) []string { return attachedARNs(page.AttachedPolicies) })
		},
	}
}

func attachedARNs(ps []iamtypes.AttachedPolicy) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, aws.ToString(p.PolicyArn))
	}
	return out
}

// iamPager is what every IAM paginator offers.
type iamPager[O any] interface {
	HasMorePages() bool
	NextPage(context.Context, ...func(*iam.Options)) (O, error)
}

// pages gathers the names take reads from every page of p.
func pages[O any](ctx context.Context, p iamPager[O], take func(O) []string) ([]string, error) {
	var out []string
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return out, err
		}
		out = append(out, take(page)...)
	}
	return out, nil
}
