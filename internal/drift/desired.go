package drift

import (
	live "github.com/plumbsec/plumb/internal/live/kubernetes"
	"github.com/plumbsec/plumb/internal/resource"
)

// identityAttrs name, per type, the attribute that identifies a resource both in IaC and
// live: the name the provider knows it by. IaC keys are addresses (aws_s3_bucket.logs) and
// live keys are ids (an ARN), so a declared resource is found live through this name.
var identityAttrs = map[string]string{
	"aws_s3_bucket":            "bucket",
	"aws_security_group":       "name",
	"aws_iam_role":             "name",
	"aws_iam_user":             "name",
	"aws_iam_group":            "name",
	"aws_iam_policy":           "name",
	"aws_cloudtrail":           "name",
	"aws_db_instance":          "identifier",
	"aws_rds_cluster":          "cluster_identifier",
	"aws_rds_cluster_instance": "identifier",
}

// singletons are the types an account or region has at most one of.
var singletons = map[string]bool{
	"aws_iam_account_password_policy": true,
	"aws_ebs_encryption_by_default":   true,
	"aws_default_vpc":                 true,
}

// Identity is what makes a declared resource and a live one the same resource: the key for
// Kubernetes objects (manifests and the API share keys); for AWS the type and the name the
// provider knows the resource by (a bucket's name, a role's name), or the type alone for
// what an account has one of; otherwise the type and the key. A resource whose name is not
// known before apply keeps its key, and is then reported as declared but not found.
func Identity(r *resource.Resource) string {
	if isKubernetes(r) {
		return r.Key
	}
	if singletons[r.Type] {
		return r.Type
	}
	if attr, ok := identityAttrs[r.Type]; ok {
		if name, ok := r.Attributes[attr].(string); ok && name != "" {
			return r.Type + "\x00" + attr + "=" + name
		}
	}
	return r.Type + "\x00" + r.Key
}

// Desired turns canonical IaC resources into the state to compare live state with: each
// Kubernetes object has the values the API server would default removed
// (kubernetes.StripDefaults), as the collector removes them from live objects, so a
// manifest that spells out restartPolicy: Always does not differ from the cluster. Of the
// kinds the collector reads through the metadata API (Secret, ConfigMap), only what that
// API shows is kept: apiVersion, kind and metadata. The resources are copies; rs is not
// changed.
func Desired(rs []*resource.Resource) []*resource.Resource {
	out := make([]*resource.Resource, len(rs))
	for i, r := range rs {
		if !isKubernetes(r) {
			out[i] = r
			continue
		}
		c := *r
		c.Attributes = deepCopy(r.Attributes).(map[string]any)
		live.StripDefaults(c.Attributes)
		if metadataOnly[c.Type] {
			c.Attributes = metadataPart(c.Attributes)
		}
		out[i] = &c
	}
	return out
}

// metadataOnly are the kinds the collector lists through the metadata API.
var metadataOnly = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range live.Kinds() {
		if k.MetadataOnly {
			m[k.Kind] = true
		}
	}
	return m
}()

// metadataPart is what the metadata API returns of an object.
func metadataPart(attrs map[string]any) map[string]any {
	out := map[string]any{}
	for _, k := range []string{"apiVersion", "kind", "metadata"} {
		if v, ok := attrs[k]; ok {
			out[k] = v
		}
	}
	return out
}
