package aws

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"

	"github.com/plumbsec/plumb/internal/resource"
)

func (c *collector) ec2Client(region string) *ec2.Client {
	return ec2.NewFromConfig(c.cfg, func(o *ec2.Options) { o.Region = region })
}

// collectSecurityGroups reads every security group of the region. A VPC's default group is
// an aws_default_security_group, as Terraform manages it; the others aws_security_group.
func collectSecurityGroups(ctx context.Context, j *job) error {
	client := j.c.ec2Client(j.region)
	p := ec2.NewDescribeSecurityGroupsPaginator(client, &ec2.DescribeSecurityGroupsInput{MaxResults: j.c.pageSize(5, 1000)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return err
		}
		for _, g := range page.SecurityGroups {
			j.emitSecurityGroup(g)
		}
	}
	return nil
}

func (j *job) sgARN(id string) string { return j.arn("ec2", "security-group/"+id) }

func (j *job) emitSecurityGroup(g ec2types.SecurityGroup) {
	id := aws.ToString(g.GroupId)
	a := attrs{
		"ingress": orEmpty(j.sgRules(g.IpPermissions, id)),
		"egress":  orEmpty(j.sgRules(g.IpPermissionsEgress, id)),
	}
	a.str("name", g.GroupName)
	a.str("description", g.Description)
	a.str("vpc_id", g.VpcId)
	a.tags(ec2Tags(g.Tags))
	typ := "aws_security_group"
	if aws.ToString(g.GroupName) == "default" {
		typ = "aws_default_security_group"
	}
	var refs []resource.Reference
	if v := aws.ToString(g.VpcId); v != "" {
		refs = append(refs, ref("vpc_id", j.arn("ec2", "vpc/"+v)))
	}
	for _, dir := range []string{"ingress", "egress"} {
		for i, r := range a[dir].([]any) {
			for k, sg := range asList(r.(map[string]any)["security_groups"]) {
				if s, ok := sg.(string); ok && strings.HasPrefix(s, "sg-") {
					refs = append(refs, ref(resource.Path{dir, i, "security_groups", k}.String(), j.sgARN(s)))
				}
			}
		}
	}
	j.emit(typ, j.sgARN(id), id, a, refs...)
}

// sgRules turns the API's permissions into canonical rule objects. The API keeps a
// description per address range while a Terraform rule has one, so, as the provider does
// when it reads a group, a permission becomes one rule per distinct description; a pair
// naming the group itself becomes self = true.
func (j *job) sgRules(perms []ec2types.IpPermission, groupID string) []any {
	var out []map[string]any
	for _, p := range perms {
		proto := strings.ToLower(aws.ToString(p.IpProtocol))
		var from, to int64 // all traffic (-1) has no ports; Terraform writes 0 and 0
		if proto != "-1" {
			from, to = int64(aws.ToInt32(p.FromPort)), int64(aws.ToInt32(p.ToPort))
		}
		byDesc := map[string]map[string]any{}
		var descs []string
		rule := func(desc *string) map[string]any {
			d := aws.ToString(desc)
			r, ok := byDesc[d]
			if !ok {
				r = map[string]any{"protocol": proto, "from_port": from, "to_port": to}
				if d != "" {
					r["description"] = d
				}
				byDesc[d] = r
				descs = append(descs, d)
			}
			return r
		}
		add := func(r map[string]any, k, v string) { r[k] = append(asList(r[k]), v) }
		for _, x := range p.IpRanges {
			add(rule(x.Description), "cidr_blocks", aws.ToString(x.CidrIp))
		}
		for _, x := range p.Ipv6Ranges {
			add(rule(x.Description), "ipv6_cidr_blocks", aws.ToString(x.CidrIpv6))
		}
		for _, x := range p.PrefixListIds {
			add(rule(x.Description), "prefix_list_ids", aws.ToString(x.PrefixListId))
		}
		for _, x := range p.UserIdGroupPairs {
			r := rule(x.Description)
			switch gid := aws.ToString(x.GroupId); {
			case gid == groupID:
				r["self"] = true
			case x.UserId != nil && aws.ToString(x.UserId) != j.c.account:
				add(r, "security_groups", aws.ToString(x.UserId)+"/"+gid) // another account's group
			default:
				add(r, "security_groups", gid)
			}
		}
		if len(descs) == 0 { // a permission with no source at all still allows nothing; keep it visible
			rule(nil)
		}
		for _, d := range descs {
			out = append(out, byDesc[d])
		}
	}
	for _, r := range out {
		for _, k := range []string{"cidr_blocks", "ipv6_cidr_blocks", "prefix_list_ids", "security_groups"} {
			if l, ok := r[k].([]any); ok {
				sort.Slice(l, func(a, b int) bool { return l[a].(string) < l[b].(string) })
			}
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return ruleOrder(out[a]) < ruleOrder(out[b]) })
	list := make([]any, len(out))
	for i, r := range out {
		list[i] = r
	}
	return list
}

// ruleOrder sorts rules by what they allow, so that the same group reads the same whatever
// order the API returned its permissions in.
func ruleOrder(r map[string]any) string {
	return fmt.Sprintf("%s|%08d|%08d|%v|%v|%v|%v|%v", r["protocol"], r["from_port"], r["to_port"],
		r["cidr_blocks"], r["ipv6_cidr_blocks"], r["security_groups"], r["self"], r["description"])
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func ec2Tags(ts []ec2types.Tag) map[string]string {
	m := map[string]string{}
	for _, t := range ts {
		m[aws.ToString(t.Key)] = aws.ToString(t.Value)
	}
	return m
}
