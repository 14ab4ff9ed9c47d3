package drift

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

func deployment(replicas int64, privileged any) *resource.Resource {
	container := map[string]any{"name": "web", "image": "nginx:1.27"}
	if privileged != nil {
		container["securityContext"] = map[string]any{"privileged": privileged}
	}
	spec := map[string]any{"containers": []any{map[string]any{"name": "sidecar", "image": "envoy:1"}, container}}
	return &resource.Resource{
		Key: "apps/v1/Deployment shop/web", Type: "Deployment", Origin: resource.OriginLiveKubernetes,
		Attributes: map[string]any{
			"apiVersion": "apps/v1", "kind": "Deployment",
			"metadata": map[string]any{"name": "web", "namespace": "shop"},
			"spec":     map[string]any{"replicas": replicas, "template": map[string]any{"spec": spec}},
			// The canonical copy of the template: derived, never compared.
			"pod": map[string]any{"spec": deepCopy(spec)},
		},
	}
}

func securityGroup(ingress ...any) *resource.Resource {
	return &resource.Resource{
		Key: "arn:aws:ec2:eu-west-1:123456789012:security-group/sg-1", Type: "aws_security_group", Origin: resource.OriginLiveAWS,
		Attributes: map[string]any{"name": "web", "ingress": ingress, "tags": map[string]any{"team": "a"}},
	}
}

func rule(port int64, cidr string) map[string]any {
	return map[string]any{"from_port": port, "to_port": port, "protocol": "tcp", "cidr_blocks": []any{cidr}}
}

func changes(es []Entry) map[string][]store.Change {
	out := map[string][]store.Change{}
	for _, e := range es {
		out[e.Kind.String()+" "+e.Key] = e.Changes
	}
	return out
}

func TestDiffReportsEachChangedAttribute(t *testing.T) {
	base := deployment(2, nil)
	live := deployment(3, true)
	got := Diff([]*resource.Resource{base}, []*resource.Resource{live}, DiffOptions{})
	if len(got) != 1 || got[0].Kind != store.Changed || got[0].Baseline != base || got[0].Live != live {
		t.Fatalf("entries = %+v, want one changed entry with both versions", got)
	}
	want := []store.Change{
		{Path: resource.Path{"spec", "replicas"}, Before: int64(2), After: int64(3)},
		// The container is matched by name (index 1), so the change is at its attribute.
		{Path: resource.Path{"spec", "template", "spec", "containers", 1, "securityContext"}, After: map[string]any{"privileged": true}},
	}
	if !reflect.DeepEqual(got[0].Changes, want) {
		t.Errorf("changes = %#v\nwant %#v", got[0].Changes, want)
	}
}

func TestDiffSameStateIsNoDrift(t *testing.T) {
	a, b := deployment(2, false), deployment(2, false)
	b.Attributes["pod"] = map[string]any{"stale": true}                         // derived
	b.Attributes["metadata"].(map[string]any)["annotations"] = map[string]any{} // empty is absent
	b.Attributes["spec"].(map[string]any)["replicas"] = float64(2)              // same number
	if got := Diff([]*resource.Resource{a}, []*resource.Resource{b}, DiffOptions{}); len(got) != 0 {
		t.Errorf("equal states drifted: %+v", changes(got))
	}
}

func TestDiffUnknownIsNoEvidence(t *testing.T) {
	a, b := securityGroup(rule(443, "10.0.0.0/8")), securityGroup(rule(443, "10.0.0.0/8"))
	a.Attributes["policy"] = resource.Unknown{}
	b.Attributes["policy"] = map[string]any{"Statement": []any{}}
	if got := Diff([]*resource.Resource{a}, []*resource.Resource{b}, DiffOptions{}); len(got) != 0 {
		t.Errorf("an unknown value drifted: %+v", changes(got))
	}
}

// A security group whose HTTPS rule was removed and whose SSH was opened to the world is
// one entry with both changes: a rule removed, a rule added.
func TestDiffSecurityGroupRuleSwapIsOneEntryTwoChanges(t *testing.T) {
	base := securityGroup(rule(443, "10.0.0.0/8"), rule(80, "10.0.0.0/8"))
	live := securityGroup(rule(80, "10.0.0.0/8"), rule(22, "0.0.0.0/0"))
	got := Diff([]*resource.Resource{base}, []*resource.Resource{live}, DiffOptions{})
	if len(got) != 1 {
		t.Fatalf("entries = %+v, want one", changes(got))
	}
	want := []store.Change{
		{Path: resource.Path{"ingress", 0}, Before: rule(443, "10.0.0.0/8")},
		{Path: resource.Path{"ingress", 1}, After: rule(22, "0.0.0.0/0")},
	}
	if !reflect.DeepEqual(got[0].Changes, want) {
		t.Errorf("changes = %#v\nwant %#v", got[0].Changes, want)
	}
}

func TestDiffPartialSnapshots(t *testing.T) {
	secret := &resource.Resource{Key: "v1/Secret shop/db", Type: "Secret", Attributes: map[string]any{"kind": "Secret"}}
	policy := &resource.Resource{Key: "networking.k8s.io/v1/NetworkPolicy shop/deny", Type: "NetworkPolicy", Attributes: map[string]any{}}
	web := deployment(1, nil)
	// Live could not list Secrets: the baseline's Secret is not removed, the Deployment is.
	got := Diff([]*resource.Resource{secret, web}, nil, DiffOptions{LivePartial: []string{"Secret"}})
	if len(got) != 1 || got[0].Key != web.Key || got[0].Kind != store.Removed {
		t.Errorf("partial live: %v, want only the Deployment removed", changes(got))
	}
	// The baseline could not list NetworkPolicies: one live now is not "added".
	got = Diff(nil, []*resource.Resource{policy, web}, DiffOptions{BaselinePartial: []string{"NetworkPolicy"}})
	if len(got) != 1 || got[0].Key != web.Key || got[0].Kind != store.Added {
		t.Errorf("partial baseline: %v, want only the Deployment added", changes(got))
	}
}

func TestDiffDeclaredOnly(t *testing.T) {
	declared := &resource.Resource{Key: "aws_s3_bucket.site", Type: "aws_s3_bucket", Origin: resource.OriginTerraform,
		Attributes: map[string]any{"bucket": "site", "versioning": map[string]any{"enabled": true}, "acl": resource.Unknown{}}}
	live := &resource.Resource{Key: "arn:aws:s3:::site", Type: "aws_s3_bucket", Origin: resource.OriginLiveAWS,
		Attributes: map[string]any{"bucket": "site", "arn": "arn:aws:s3:::site", "acl": "private",
			"versioning": map[string]any{"enabled": false, "mfa_delete": false}}}
	other := &resource.Resource{Key: "arn:aws:s3:::logs", Type: "aws_s3_bucket", Origin: resource.OriginLiveAWS,
		Attributes: map[string]any{"bucket": "logs"}}
	got := Diff([]*resource.Resource{declared}, []*resource.Resource{live, other}, DiffOptions{DeclaredOnly: true, Identity: Identity})
	want := map[string][]store.Change{
		"changed arn:aws:s3:::site": {{Path: resource.Path{"versioning", "enabled"}, Before: true, After: false}},
		"added arn:aws:s3:::logs":   {{Path: resource.Path{}, After: other.Attributes}},
	}
	if !reflect.DeepEqual(changes(got), want) {
		t.Errorf("declared-only diff = %#v\nwant %#v", changes(got), want)
	}
}

// TestDiffManyResources compares snapshots large enough to be split over the cores: every
// drifted resource is found once, in key order, whatever chunk it fell in.
func TestDiffManyResources(t *testing.T) {
	var base, live []*resource.Resource
	for i := range 5000 {
		r := securityGroup(rule(443, "10.0.0.0/8"))
		r.Key = fmt.Sprintf("sg-%05d", i)
		base = append(base, r)
		l := *r
		if i%97 == 0 {
			l.Attributes = map[string]any{"name": "web", "ingress": []any{rule(22, "0.0.0.0/0")}, "tags": map[string]any{"team": "a"}}
		}
		if i%501 != 0 {
			live = append(live, &l)
		}
	}
	got := Diff(base, live, DiffOptions{})
	var want []string
	for i := range 5000 {
		switch {
		case i%501 == 0:
			want = append(want, fmt.Sprintf("removed sg-%05d", i))
		case i%97 == 0:
			want = append(want, fmt.Sprintf("changed sg-%05d", i))
		}
	}
	var keys []string
	for _, e := range got {
		keys = append(keys, e.Kind.String()+" "+e.Key)
	}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("got %d entries, want %d:\n%v\nwant %v", len(keys), len(want), keys, want)
	}
}

// TestDiffOddValuesDoNotPanic: values outside the JSON shapes (a []string a loader kept)
// are compared, never a reason to panic.
func TestDiffOddValuesDoNotPanic(t *testing.T) {
	a := &resource.Resource{Key: "k", Type: "t", Attributes: map[string]any{"x": []string{"a"}, "y": map[string]string{"k": "v"}}}
	b := &resource.Resource{Key: "k", Type: "t", Attributes: map[string]any{"x": []string{"a"}, "y": map[string]string{"k": "w"}}}
	got := Diff([]*resource.Resource{a}, []*resource.Resource{b}, DiffOptions{})
	if len(got) != 1 || len(got[0].Changes) != 1 || got[0].Changes[0].Path.String() != "y" {
		t.Errorf("entries = %+v, want one change at y", got)
	}
}
