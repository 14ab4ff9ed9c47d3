package aws

import (
	"encoding/json"
	"net/url"
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
)

// globalRegion is the region part of the live id of a resource of a global service (IAM).
const globalRegion = "global"

// LiveID names a live resource: aws://ACCOUNT/REGION/TYPE/ID (REGION is "global" for IAM).
// It keys the resources that have no ARN.
func LiveID(account, region, typ, id string) string {
	return "aws://" + account + "/" + region + "/" + typ + "/" + id
}

// Location is where a live resource's values were read: not a file but the resource in its
// account, <aws://ACCOUNT/REGION/TYPE/ID>, with no line. The angle brackets are the reports'
// mark of a location that is not a file (as for "<--var name>" and the Kubernetes
// collector's <k8s://...>): text and JUnit print it, SARIF keeps the finding on its logical
// location (the resource key) rather than inventing an artifact.
func Location(account, region, typ, id string) resource.Location {
	return resource.Location{File: "<" + LiveID(account, region, typ, id) + ">"}
}

// IsLive reports whether l is the Location of a live AWS resource.
func IsLive(l resource.Location) bool { return strings.HasPrefix(l.File, "<aws://") }

// emit adds a canonical resource of j's scope: key is the provider's id (an ARN, or a live
// id when the resource has none), id the resource's own id for its location.
func (j *job) emit(typ, key, id string, attrs map[string]any, refs ...resource.Reference) *resource.Resource {
	return j.emitIn(j.region, typ, key, id, attrs, refs...)
}

// emitIn is emit for a resource whose live id names another region than its scope's
// (globalRegion for IAM).
func (j *job) emitIn(region, typ, key, id string, attrs map[string]any, refs ...resource.Reference) *resource.Resource {
	r := &resource.Resource{
		Key:        key,
		Type:       typ,
		Origin:     resource.OriginLiveAWS,
		Attributes: attrs,
		References: refs,
		Root:       j.scope.String(),
	}
	r.SetLocation(resource.Path{}, Location(j.c.account, region, typ, id))
	j.c.mu.Lock()
	j.c.resources = append(j.c.resources, r)
	j.c.mu.Unlock()
	return r
}

// ref is an edge from attr to the resource keyed target.
func ref(attr, target string) resource.Reference {
	return resource.Reference{Attribute: attr, Target: target}
}

// arn builds an ARN in j's partition, region and account: arn("ec2", "security-group/sg-1").
func (j *job) arn(service, res string) string {
	return "arn:" + j.partition() + ":" + service + ":" + j.region + ":" + j.c.account + ":" + res
}

// partition is the ARN partition of j's region.
func (j *job) partition() string {
	switch {
	case strings.HasPrefix(j.region, "cn-"):
		return "aws-cn"
	case strings.HasPrefix(j.region, "us-gov-"):
		return "aws-us-gov"
	}
	return "aws"
}

// attrs is a canonical attribute tree under construction. Its setters leave out what the
// API did not return, since an absent attribute means "not set" to the rules.
type attrs map[string]any

func (a attrs) str(k string, v *string) {
	if v != nil && *v != "" {
		a[k] = *v
	}
}

// text sets k for a non-empty string of a string-kinded enum (ec2types.InstanceType).
func (a attrs) text(k string, v string) {
	if v != "" {
		a[k] = v
	}
}

func (a attrs) boolean(k string, v *bool) {
	if v != nil {
		a[k] = *v
	}
}

func (a attrs) i32(k string, v *int32) {
	if v != nil {
		a[k] = int64(*v)
	}
}

func (a attrs) i64(k string, v *int64) {
	if v != nil {
		a[k] = *v
	}
}

func (a attrs) list(k string, vs []string) {
	if len(vs) > 0 {
		l := make([]any, len(vs))
		for i, v := range vs {
			l[i] = v
		}
		a[k] = l
	}
}

// tags sets "tags" from key/value pairs, leaving it out when there are none, as Terraform
// does. AWS's own aws:* tags are kept: they say what created the resource.
func (a attrs) tags(kvs map[string]string) {
	if len(kvs) == 0 {
		return
	}
	m := make(map[string]any, len(kvs))
	for k, v := range kvs {
		m[k] = v
	}
	a["tags"] = m
}

// document parses a policy document as the canonical model holds it: an object, numbers as
// int64 or float64. IAM returns documents URL-encoded; both forms are read. A text that is
// not JSON is kept as a string, as the adapters keep it.
func document(text string) any {
	if v, ok := parseJSON(text); ok {
		return v
	}
	if dec, err := url.PathUnescape(text); err == nil {
		if v, ok := parseJSON(dec); ok {
			return v
		}
		return dec
	}
	return text
}

func parseJSON(text string) (any, bool) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	var doc map[string]any
	if err := dec.Decode(&doc); err != nil || dec.More() {
		return nil, false
	}
	return normaliseJSON(doc), true
}

// normaliseJSON turns json.Number into int64 or float64, as loaders give numbers.
func normaliseJSON(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = normaliseJSON(e)
		}
	case []any:
		for i, e := range x {
			x[i] = normaliseJSON(e)
		}
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	}
	return v
}

// lastSegment returns what follows the last '/' of an ARN: the name of an instance profile.
func lastSegment(s string) string {
	return s[strings.LastIndexByte(s, '/')+1:]
}
