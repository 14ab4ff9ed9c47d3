package adapt

import "github.com/plumbsec/plumb/internal/resource"

type p = resource.Path

func init() {
	registerNormaliser("aws_s3_bucket", normaliseInlineBucket)
	for typ, m := range bucketMergers {
		registerMerger(typ, "bucket", "aws_s3_bucket", "bucket", m)
	}
}

// bucketMergers merge the separate S3 configuration resources into their bucket.
var bucketMergers = map[string]func(b, c *resource.Resource){
	"aws_s3_bucket_versioning": func(b, c *resource.Resource) {
		mergeVersioning(b, c, p{"versioning_configuration", 0}, equalsFold("Enabled"), equalsFold("Enabled"))
	},
	"aws_s3_bucket_server_side_encryption_configuration": func(b, c *resource.Resource) { mergeSSE(b, c, p{}) },
	"aws_s3_bucket_logging":                              func(b, c *resource.Resource) { mergeLogging(b, c, p{}) },
	"aws_s3_bucket_public_access_block":                  mergePublicAccessBlock,
	"aws_s3_bucket_policy": func(b, c *resource.Resource) {
		replace(b, p{"policy"})
		leaf(b, p{"policy"}, c, p{"policy"}, nil)
	},
	"aws_s3_bucket_acl": mergeACL,
}

// normaliseInlineBucket rewrites the inline forms of AWS provider 3 and older into the
// canonical shape: nested block lists become the canonical objects.
func normaliseInlineBucket(b *resource.Resource) {
	src := clone(b)
	if _, ok := b.Attributes["versioning"]; ok {
		mergeVersioning(b, src, p{"versioning", 0}, asBool, asBool)
	}
	if _, ok := b.Attributes["server_side_encryption_configuration"]; ok {
		replace(b, p{"server_side_encryption_configuration"})
		mergeSSE(b, src, p{"server_side_encryption_configuration", 0})
	}
	if _, ok := b.Attributes["logging"]; ok {
		mergeLogging(b, src, p{"logging", 0})
	}
	if g, ok := b.Attributes["grant"]; ok {
		replace(b, p{"grant"})
		var grants []any
		for i, gr := range blocks(g) {
			grants = append(grants, map[string]any{"type": gr["type"], "uri": gr["uri"], "id": gr["id"],
				"permissions": gr["permissions"]})
			_ = i
		}
		set(b, p{"grants"}, grants)
		for i := range grants {
			carry(b, p{"grants", i}, src, p{"grant", i})
		}
	}
}

func asBool(v any) any { b, _ := v.(bool); return b }

// replace removes what r had at path, so a separate resource's value takes its place.
func replace(r *resource.Resource, path resource.Path) {
	removeUnder(r, path)
	delete(r.Attributes, path[0].(string))
}

// wholeUnknown handles a source block that is itself unknown (a dynamic block over an
// unknown collection): the canonical object is unknown too.
func wholeUnknown(b *resource.Resource, dst resource.Path, src *resource.Resource, base resource.Path) bool {
	for i := len(base); i > 0; i-- {
		if v, ok := resource.Get(src.Attributes, base[:i]); ok && resource.IsUnknown(v) {
			set(b, dst, resource.Unknown{})
			carry(b, dst, src, base[:i])
			return true
		}
	}
	return false
}

func mergeVersioning(b, src *resource.Resource, base resource.Path, enabled, mfa func(any) any) {
	replace(b, p{"versioning"})
	if wholeUnknown(b, p{"versioning"}, src, base) {
		return
	}
	set(b, p{"versioning"}, map[string]any{})
	carry(b, p{"versioning"}, src, base)
	leafTo(b, p{"versioning", "enabled"}, src, base, "status", "enabled", enabled)
	leafTo(b, p{"versioning", "mfa_delete"}, src, base, "mfa_delete", "mfa_delete", mfa)
}

// leafTo copies base.<name> (or base.<alt>) of src to dst.
func leafTo(b *resource.Resource, dst resource.Path, src *resource.Resource, base resource.Path, name, alt string, conv func(any) any) {
	if !leaf(b, dst, src, base.Append(name), conv) && alt != name {
		leaf(b, dst, src, base.Append(alt), conv)
	}
}

func mergeSSE(b, src *resource.Resource, base resource.Path) {
	replace(b, p{"server_side_encryption"})
	if wholeUnknown(b, p{"server_side_encryption"}, src, base.Append("rule")) {
		return
	}
	v, _ := resource.Get(src.Attributes, base.Append("rule"))
	rules := blocks(v)
	set(b, p{"server_side_encryption"}, map[string]any{"rules": make([]any, len(rules))})
	carry(b, p{"server_side_encryption"}, src, base)
	for i, r := range rules {
		rule := map[string]any{}
		if bk, ok := r["bucket_key_enabled"]; ok {
			rule["bucket_key_enabled"] = bk
		}
		def := blocks(r["apply_server_side_encryption_by_default"])
		if len(def) > 0 {
			for _, k := range []string{"sse_algorithm", "kms_master_key_id"} {
				if x, ok := def[0][k]; ok {
					rule[k] = x
				}
			}
		}
		b.Attributes["server_side_encryption"].(map[string]any)["rules"].([]any)[i] = rule
		for _, u := range resource.FindUnknowns(rule, p{"server_side_encryption", "rules", i}) {
			b.Unknowns = append(b.Unknowns, u)
		}
		rp := base.Append("rule", i)
		carry(b, p{"server_side_encryption", "rules", i}, src, rp)
		for _, k := range []string{"sse_algorithm", "kms_master_key_id"} {
			carry(b, p{"server_side_encryption", "rules", i, k}, src, rp.Append("apply_server_side_encryption_by_default", 0, k))
		}
	}
}

func mergeLogging(b, src *resource.Resource, base resource.Path) {
	replace(b, p{"logging"})
	if wholeUnknown(b, p{"logging"}, src, base) {
		return
	}
	set(b, p{"logging"}, map[string]any{})
	carry(b, p{"logging"}, src, base)
	for _, k := range []string{"target_bucket", "target_prefix"} {
		leaf(b, p{"logging", k}, src, base.Append(k), nil)
	}
}

var publicAccessSettings = []string{"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"}

func mergePublicAccessBlock(b, c *resource.Resource) {
	replace(b, p{"public_access_block"})
	set(b, p{"public_access_block"}, map[string]any{})
	carry(b, p{"public_access_block"}, c, p{})
	for _, k := range publicAccessSettings {
		leaf(b, p{"public_access_block", k}, c, p{k}, nil)
	}
}

func mergeACL(b, c *resource.Resource) {
	if _, ok := c.Attributes["acl"]; ok {
		replace(b, p{"acl"})
		leaf(b, p{"acl"}, c, p{"acl"}, nil)
	}
	acp, ok := c.Attributes["access_control_policy"]
	if !ok {
		return
	}
	replace(b, p{"grants"})
	if resource.IsUnknown(acp) {
		set(b, p{"grants"}, resource.Unknown{})
		carry(b, p{"grants"}, c, p{"access_control_policy"})
		return
	}
	var grants []any
	var from []resource.Path
	for _, pol := range blocks(acp) {
		for i, g := range blocks(pol["grant"]) {
			grant := map[string]any{"permissions": []any{g["permission"]}}
			for _, ge := range blocks(g["grantee"]) {
				for _, k := range []string{"type", "uri", "id", "email_address"} {
					if x, ok := ge[k]; ok {
						grant[k] = x
					}
				}
			}
			grants = append(grants, grant)
			from = append(from, p{"access_control_policy", 0, "grant", i})
		}
	}
	set(b, p{"grants"}, grants)
	carry(b, p{"grants"}, c, p{"access_control_policy"})
	for i, f := range from {
		carry(b, p{"grants", i}, c, f)
		carry(b, p{"grants", i, "permissions"}, c, f.Append("permission"))
		for _, k := range []string{"type", "uri", "id", "email_address"} {
			carry(b, p{"grants", i, k}, c, f.Append("grantee", 0, k))
		}
	}
}
