package storetest

import (
	"fmt"
	"math"
	"time"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// T0 is a time for test data. It has nanoseconds and a zone on purpose: the store keeps
// UTC microseconds.
var T0 = time.Date(2024, 3, 1, 12, 0, 0, 123456789, time.FixedZone("CET", 3600))

// Resources makes n resources shaped like real ones (a security group with rules, a
// Kubernetes Deployment), each different, with every value type the canonical model has:
// nested maps and lists, int64 and float64, Unknown, locations with Via, references. tag
// goes into every key so that snapshots made with different tags differ.
func Resources(n int, tag string) []*resource.Resource {
	out := make([]*resource.Resource, n)
	for i := range out {
		if i%2 == 0 {
			out[i] = securityGroup(i, tag)
		} else {
			out[i] = deployment(i, tag)
		}
	}
	return out
}

func securityGroup(i int, tag string) *resource.Resource {
	key := fmt.Sprintf("module.net.aws_security_group.%s[%d]", tag, i)
	return &resource.Resource{
		Key: key, Type: "aws_security_group", Origin: resource.OriginTerraform, Module: "module.net", Root: "stacks/prod",
		Attributes: map[string]any{
			"name":        fmt.Sprintf("%s-%d", tag, i),
			"description": "Managed by Terraform \"quoted\" \\ and <html>",
			"vpc_id":      resource.Unknown{},
			"ingress": []any{
				map[string]any{"from_port": int64(443), "to_port": int64(443), "protocol": "tcp",
					"cidr_blocks": []any{"10.0.0.0/8"}, "weight": 0.25},
				map[string]any{"from_port": int64(i), "to_port": int64(i), "protocol": "tcp",
					"cidr_blocks": []any{"0.0.0.0/0", resource.Unknown{}}, "weight": float64(1)},
			},
			"tags":      map[string]any{"team": "payments", "$ref": "dollar key", "index": fmt.Sprint(i)},
			"revoke":    false,
			"timeout":   nil,
			"threshold": math.Pi,
		},
		Locations: map[string]resource.Location{
			"":          {File: "modules/net/main.tf", StartLine: 10 + i, EndLine: 40 + i},
			"ingress.1": {File: "env/prod.tfvars", StartLine: 3, EndLine: 3, Via: []resource.Location{{File: "modules/net/main.tf", StartLine: 20 + i, EndLine: 20 + i}}},
		},
		References: []resource.Reference{{Attribute: "vpc_id", Target: "aws_vpc.main"}},
		Unknowns:   []resource.Path{{"ingress", 1, "cidr_blocks", 1}, {"vpc_id"}},
	}
}

func deployment(i int, tag string) *resource.Resource {
	key := fmt.Sprintf("apps/v1/Deployment %s/web-%d", tag, i)
	return &resource.Resource{
		Key: key, Type: "Deployment", Origin: resource.OriginLiveKubernetes,
		Attributes: map[string]any{
			"apiVersion": "apps/v1", "kind": "Deployment",
			"metadata": map[string]any{"name": fmt.Sprintf("web-%d", i), "namespace": tag,
				"labels": map[string]any{"app": "web", "0": "digit key"}},
			"spec": map[string]any{
				"replicas": int64(i % 5),
				"template": map[string]any{"spec": map[string]any{
					"containers": []any{map[string]any{
						"name": "web", "image": "nginx:1.27",
						"securityContext": map[string]any{"privileged": i%7 == 0, "runAsUser": int64(1000)},
						"resources":       map[string]any{"limits": map[string]any{"cpu": 0.5, "memory": "128Mi"}},
					}},
				}},
			},
		},
		References: []resource.Reference{},
	}
}

// Rules are the rules the generated findings come from.
var Rules = []*finding.Rule{
	{ID: "AWS-EC2-001", Title: "Security group open to the world", Severity: finding.Critical,
		Types: []string{"aws_security_group"}, Controls: map[string][]string{"cis-aws": {"5.2"}}},
	{ID: "K8S-POD-001", Title: "Privileged container", Severity: finding.High, Description: "d",
		Remediation: "r", Types: []string{"Deployment", "Pod"}},
	{ID: "CUSTOM-001", Title: "Custom", Severity: finding.Low, Types: []string{}, Custom: true},
}

// Findings makes n findings on resources (round robin), from Rules, with every status.
func Findings(n int, resources []*resource.Resource) []*finding.Finding {
	out := make([]*finding.Finding, n)
	for i := range out {
		r := resources[i%len(resources)]
		rule := Rules[i%len(Rules)]
		path := resource.Path{"ingress", 1, "cidr_blocks", 0}
		out[i] = &finding.Finding{
			Rule: rule, ResourceKey: r.Key, ResourceRoot: r.Root, ResourceType: r.Type, Module: r.Module, Origin: r.Origin,
			Path: path, Message: fmt.Sprintf("finding %d on %s", i, r.Key),
			Location: r.LocationOf(path), Status: finding.Status(i % 4),
			Fingerprint: finding.Fingerprint(rule.ID, r.Key, path, r.LocationOf(path).File),
		}
		if out[i].Status != finding.Open {
			out[i].Reason = "reason " + fmt.Sprint(i)
			out[i].InSource = i%2 == 0
		}
	}
	return out
}

// NewScan makes a complete scan of nResources resources and nFindings findings.
func NewScan(scope store.Scope, started time.Time, nResources, nFindings int) store.Scan {
	rs := Resources(nResources, fmt.Sprintf("s%d", started.UnixNano()%1000))
	var fs []*finding.Finding
	if nResources > 0 {
		fs = Findings(nFindings, rs)
	}
	return store.Scan{
		Scope: scope, Source: "live-kubernetes", Started: started, Finished: started.Add(1500 * time.Millisecond),
		Resources: rs, Findings: fs,
		Skipped: []finding.Skip{{RuleID: "AWS-EC2-001", ResourceKey: "k", Paths: []resource.Path{{"vpc_id"}},
			Location: resource.Location{File: "main.tf", StartLine: 1, EndLine: 2}}},
		Diagnostics: resource.Diagnostics{{File: "broken.tf", Line: 3, Column: 1, Summary: "unexpected token", Error: true}},
	}
}

// MustScope parses a scope or panics; for tests.
func MustScope(s string) store.Scope {
	sc, err := store.ParseScope(s)
	if err != nil {
		panic(err)
	}
	return sc
}
