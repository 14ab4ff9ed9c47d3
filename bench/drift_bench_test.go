package bench_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/plumbsec/plumb/internal/drift"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// BenchmarkDriftDiff is the drift budget of issue 5: diffing two 100k-resource snapshots of
// one scope takes at most 1 s on 2 cores. The snapshots are canonical resources in the
// shapes the collectors produce (Deployments with pod templates, Services, S3 buckets with
// their merged settings, security groups with rule lists); the live one has 1% of them
// changed (a replica count, a tag, a security group rule swapped for another), 0.1% added and
// 0.1% removed. Sub-benchmarks, same snapshots, same run:
//
//	diff         drift.Diff: every attribute path that differs, lists matched by name or
//	             as multisets, numbers compared by value, unknowns never drift
//	deepequal    the plain baseline: resources matched by key, reflect.DeepEqual on their
//	             attributes, a whole-resource change when unequal (no paths, no rules)
//	diff+judge   drift.Diff then drift.Judge with the whole built-in library, which
//	             evaluates the rules on both versions of each drifted resource
//
//	go test ./bench -run '^$' -bench DriftDiff -benchtime 5x
//
// Read cpu-ms/op (CPU time, GC included, meaningful on a shared machine) and the ratio of
// diff to deepequal.
func BenchmarkDriftDiff(b *testing.B) {
	const n = 100_000
	base, live := driftSnapshots(n)
	want := n/100 + n/1000 + n/1000
	b.Run("diff", func(b *testing.B) {
		var entries []drift.Entry
		measure(b, func() { entries = drift.Diff(base, live, drift.DiffOptions{}) })
		if len(entries) != want {
			b.Fatalf("%d entries, want %d", len(entries), want)
		}
		b.ReportMetric(float64(len(entries)), "entries/op")
	})
	b.Run("deepequal", func(b *testing.B) {
		var changed int
		measure(b, func() { changed = deepEqualDiff(base, live) })
		if changed != want {
			b.Fatalf("%d changed, want %d", changed, want)
		}
		b.ReportMetric(float64(changed), "entries/op")
	})
	b.Run("diff+judge", func(b *testing.B) {
		eng, err := policy.Load(context.Background(), policy.Options{})
		if err != nil {
			b.Fatal(err)
		}
		var risky int
		measure(b, func() {
			entries := drift.Diff(base, live, drift.DiffOptions{})
			if err := drift.Judge(context.Background(), eng, entries); err != nil {
				b.Fatal(err)
			}
			risky = 0
			for _, e := range entries {
				if e.Verdict == store.Risky {
					risky++
				}
			}
		})
		b.ReportMetric(float64(risky), "risky/op")
	})
}

func measure(b *testing.B, f func()) {
	b.ReportAllocs()
	cpu0, cpuOK := cpuTime()
	for b.Loop() {
		f()
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/op")
	if cpu1, ok := cpuTime(); ok && cpuOK {
		b.ReportMetric(float64(cpu1-cpu0)/1e6/float64(b.N), "cpu-ms/op")
	}
}

// deepEqualDiff is the naive diff: index by key, compare attribute trees with reflect.
func deepEqualDiff(base, live []*resource.Resource) int {
	byKey := make(map[string]*resource.Resource, len(base))
	for _, r := range base {
		byKey[r.Key] = r
	}
	seen := make(map[string]bool, len(base))
	changed := 0
	for _, l := range live {
		b, ok := byKey[l.Key]
		seen[l.Key] = true
		if !ok || !reflect.DeepEqual(b.Attributes, l.Attributes) {
			changed++
		}
	}
	for _, r := range base {
		if !seen[r.Key] {
			changed++
		}
	}
	return changed
}

// driftSnapshots builds a baseline of n resources and a live state that drifted from it.
func driftSnapshots(n int) (base, live []*resource.Resource) {
	base = make([]*resource.Resource, n)
	for i := range n {
		base[i] = driftResource(i)
	}
	for i, r := range base {
		switch {
		case i%1000 == 7: // removed
			continue
		case i%100 == 3: // changed
			live = append(live, drifted(r, i))
		default:
			live = append(live, copyResource(r))
		}
	}
	for i := range n / 1000 { // added
		live = append(live, driftResource(n+i))
	}
	return base, live
}

func driftResource(i int) *resource.Resource {
	switch i % 4 {
	case 0:
		containers := []any{
			map[string]any{"name": "app", "image": fmt.Sprintf("registry.example.com/app:%d", i%50),
				"ports":           []any{map[string]any{"containerPort": int64(8080)}},
				"env":             []any{map[string]any{"name": "MODE", "value": "prod"}, map[string]any{"name": "REGION", "value": "eu-west-1"}},
				"resources":       map[string]any{"limits": map[string]any{"cpu": "500m", "memory": "256Mi"}},
				"securityContext": map[string]any{"runAsNonRoot": true, "readOnlyRootFilesystem": true}},
			map[string]any{"name": "proxy", "image": "envoy:1.30"},
		}
		spec := map[string]any{"containers": containers, "serviceAccountName": "app"}
		labels := map[string]any{"app": fmt.Sprintf("app-%d", i)}
		return &resource.Resource{Key: fmt.Sprintf("apps/v1/Deployment ns-%d/app-%d", i%200, i), Type: "Deployment",
			Origin: resource.OriginLiveKubernetes, Attributes: map[string]any{
				"apiVersion": "apps/v1", "kind": "Deployment",
				"metadata": map[string]any{"name": fmt.Sprintf("app-%d", i), "namespace": fmt.Sprintf("ns-%d", i%200), "labels": labels},
				"spec": map[string]any{"replicas": int64(2), "selector": map[string]any{"matchLabels": labels},
					"template": map[string]any{"metadata": map[string]any{"labels": labels}, "spec": spec}},
				"pod": map[string]any{"metadata": map[string]any{"labels": labels}, "spec": spec},
			}}
	case 1:
		return &resource.Resource{Key: fmt.Sprintf("v1/Service ns-%d/svc-%d", i%200, i), Type: "Service",
			Origin: resource.OriginLiveKubernetes, Attributes: map[string]any{
				"apiVersion": "v1", "kind": "Service",
				"metadata": map[string]any{"name": fmt.Sprintf("svc-%d", i), "namespace": fmt.Sprintf("ns-%d", i%200)},
				"spec": map[string]any{"selector": map[string]any{"app": fmt.Sprintf("app-%d", i)},
					"ports": []any{map[string]any{"name": "http", "port": int64(80), "targetPort": int64(8080)}}},
			}}
	case 2:
		name := fmt.Sprintf("bucket-%d", i)
		return &resource.Resource{Key: "arn:aws:s3:::" + name, Type: "aws_s3_bucket", Origin: resource.OriginLiveAWS,
			Attributes: map[string]any{"bucket": name, "arn": "arn:aws:s3:::" + name, "acl": "private",
				"tags":       map[string]any{"team": "data", "env": "prod"},
				"versioning": map[string]any{"enabled": true, "mfa_delete": false},
				"server_side_encryption_configuration": map[string]any{"rule": map[string]any{
					"apply_server_side_encryption_by_default": map[string]any{"sse_algorithm": "aws:kms"}}},
				"public_access_block": map[string]any{"block_public_acls": true, "block_public_policy": true,
					"ignore_public_acls": true, "restrict_public_buckets": true},
				"logging": map[string]any{"target_bucket": "logs", "target_prefix": name + "/"},
			}}
	}
	id := fmt.Sprintf("sg-%08d", i)
	return &resource.Resource{Key: "arn:aws:ec2:eu-west-1:123456789012:security-group/" + id, Type: "aws_security_group",
		Origin: resource.OriginLiveAWS, Attributes: map[string]any{"id": id, "name": fmt.Sprintf("web-%d", i),
			"description": "web tier", "vpc_id": "vpc-1", "tags": map[string]any{"team": "web"},
			"ingress": []any{sgRule(443, "0.0.0.0/0"), sgRule(80, "10.0.0.0/8")},
			"egress":  []any{map[string]any{"from_port": int64(0), "to_port": int64(0), "protocol": "-1", "cidr_blocks": []any{"0.0.0.0/0"}}},
		}}
}

func sgRule(port int64, cidr string) map[string]any {
	return map[string]any{"from_port": port, "to_port": port, "protocol": "tcp", "cidr_blocks": []any{cidr},
		"ipv6_cidr_blocks": []any{}, "description": ""}
}

// drifted returns a copy of r with one change of the kind its type drifts by.
func drifted(r *resource.Resource, i int) *resource.Resource {
	c := copyResource(r)
	switch r.Type {
	case "Deployment":
		c.Attributes["spec"].(map[string]any)["replicas"] = int64(3)
	case "Service":
		c.Attributes["spec"].(map[string]any)["externalIPs"] = []any{"203.0.113.10"}
	case "aws_s3_bucket":
		c.Attributes["tags"].(map[string]any)["team"] = fmt.Sprintf("team-%d", i)
	default:
		c.Attributes["ingress"] = []any{sgRule(80, "10.0.0.0/8"), sgRule(22, "0.0.0.0/0")}
	}
	return c
}

func copyResource(r *resource.Resource) *resource.Resource {
	c := *r
	c.Attributes = copyValue(r.Attributes).(map[string]any)
	return &c
}

func copyValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = copyValue(e)
		}
		return m
	case []any:
		s := make([]any, len(x))
		for i, e := range x {
			s[i] = copyValue(e)
		}
		return s
	}
	return v
}
