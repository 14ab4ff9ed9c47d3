package tfplan

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
)

// genPlan writes a plan of n resources shaped like the fixture's: a module called with
// for_each, each instance a bucket, its split versioning and ACL (bucket unknown, referring to
// the bucket) and a security group with two ingress blocks; planned values, changes and
// configuration as Terraform writes them, indented when pretty.
func genPlan(n int, pretty bool) []byte {
	const perInstance = 4
	instances := (n + perInstance - 1) / perInstance
	var planned, changes []any
	for i := 0; i < instances; i++ {
		mod := `module.svc["s` + strconv.Itoa(i) + `"]`
		var rs []any
		for _, r := range []struct {
			typ    string
			values map[string]any
			unk    map[string]any
		}{
			{"aws_s3_bucket", map[string]any{"bucket": "b-" + strconv.Itoa(i), "force_destroy": false, "tags": map[string]any{"Name": "b"},
				"tags_all": map[string]any{"Name": "b"}, "timeouts": nil},
				map[string]any{"id": true, "arn": true, "versioning": true, "acl": true, "grant": true, "server_side_encryption_configuration": true}},
			{"aws_s3_bucket_versioning", map[string]any{"expected_bucket_owner": nil, "mfa": nil,
				"versioning_configuration": []any{map[string]any{"status": "Enabled"}}},
				map[string]any{"bucket": true, "id": true, "versioning_configuration": []any{map[string]any{"mfa_delete": true}}}},
			{"aws_s3_bucket_acl", map[string]any{"acl": "private", "expected_bucket_owner": nil},
				map[string]any{"bucket": true, "id": true, "access_control_policy": true}},
			{"aws_security_group", map[string]any{"name": "sg-" + strconv.Itoa(i), "description": "web", "revoke_rules_on_delete": false,
				"ingress": []any{ingress(22), ingress(443)}, "tags": nil, "timeouts": nil},
				map[string]any{"id": true, "arn": true, "egress": true, "owner_id": true, "vpc_id": true}},
		} {
			addr := mod + "." + r.typ + ".this"
			rs = append(rs, map[string]any{"address": addr, "mode": "managed", "type": r.typ, "name": "this",
				"provider_name": "registry.terraform.io/hashicorp/aws", "schema_version": 0, "values": r.values,
				"sensitive_values": map[string]any{"tags_all": map[string]any{}}})
			changes = append(changes, map[string]any{"address": addr, "module_address": mod, "mode": "managed", "type": r.typ,
				"name": "this", "change": map[string]any{"actions": []any{"create"}, "before": nil, "after": r.values,
					"after_unknown": r.unk, "before_sensitive": false, "after_sensitive": map[string]any{}}})
		}
		planned = append(planned, map[string]any{"address": mod, "resources": rs})
	}
	bucketRef := map[string]any{"references": []any{"aws_s3_bucket.this.id", "aws_s3_bucket.this"}}
	cfgResources := []any{
		map[string]any{"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this",
			"expressions": map[string]any{"bucket": map[string]any{"references": []any{"var.name"}}, "tags": map[string]any{}}},
		map[string]any{"address": "aws_s3_bucket_versioning.this", "mode": "managed", "type": "aws_s3_bucket_versioning", "name": "this",
			"expressions": map[string]any{"bucket": bucketRef, "versioning_configuration": []any{
				map[string]any{"status": map[string]any{"constant_value": "Enabled"}}}}},
		map[string]any{"address": "aws_s3_bucket_acl.this", "mode": "managed", "type": "aws_s3_bucket_acl", "name": "this",
			"expressions": map[string]any{"bucket": bucketRef, "acl": map[string]any{"constant_value": "private"}}},
		map[string]any{"address": "aws_security_group.this", "mode": "managed", "type": "aws_security_group", "name": "this",
			"expressions": map[string]any{"name": map[string]any{"references": []any{"var.name"}}, "ingress": map[string]any{"constant_value": []any{}}}},
	}
	doc := map[string]any{
		"format_version": "1.2", "terraform_version": "1.11.4",
		"planned_values":   map[string]any{"root_module": map[string]any{"child_modules": planned}},
		"resource_changes": changes,
		"configuration": map[string]any{"root_module": map[string]any{"module_calls": map[string]any{"svc": map[string]any{
			"source": "./svc", "expressions": map[string]any{"name": map[string]any{"references": []any{"each.key"}}},
			"for_each_expression": map[string]any{"references": []any{"var.services"}},
			"module":              map[string]any{"resources": cfgResources}}}}},
	}
	var out []byte
	if pretty {
		out, _ = json.MarshalIndent(doc, "", "  ")
	} else {
		out, _ = json.Marshal(doc)
	}
	return out
}

func ingress(port int) map[string]any {
	return map[string]any{"cidr_blocks": []any{"0.0.0.0/0"}, "description": "", "from_port": port, "to_port": port,
		"ipv6_cidr_blocks": []any{}, "prefix_list_ids": []any{}, "protocol": "tcp", "security_groups": []any{}, "self": false}
}

// BenchmarkReadPlan reads generated plans of 1k and 10k resources, pretty-printed (a location
// per value) and on one line as terraform show -json writes them.
func BenchmarkReadPlan(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		for _, pretty := range []bool{true, false} {
			src := genPlan(n, pretty)
			name := fmt.Sprintf("resources=%d/pretty=%v", n, pretty)
			b.Run(name, func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				cpu0, cpuOK := cpuTime()
				for i := 0; i < b.N; i++ {
					f := read("plan.json", src)
					if len(f.out) != n || len(f.diags) > 0 {
						b.Fatalf("%d resources, %v", len(f.out), f.diags)
					}
				}
				reportRate(b, n, cpu0, cpuOK)
			})
		}
	}
}

// BenchmarkReadState reads the states those plans would leave: the same resources with every
// value known and dependencies for references.
func BenchmarkReadState(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		src := genState(n)
		b.Run(fmt.Sprintf("resources=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			cpu0, cpuOK := cpuTime()
			for i := 0; i < b.N; i++ {
				f := read("terraform.tfstate", src)
				if len(f.out) != n || len(f.diags) > 0 {
					b.Fatalf("%d resources, %v", len(f.out), f.diags)
				}
			}
			reportRate(b, n, cpu0, cpuOK)
		})
	}
}

func genState(n int) []byte {
	var resources []any
	for i := 0; i < n/2; i++ {
		mod := `module.svc["s` + strconv.Itoa(i) + `"]`
		name := "b-" + strconv.Itoa(i)
		resources = append(resources,
			map[string]any{"module": mod, "mode": "managed", "type": "aws_s3_bucket", "name": "this", "instances": []any{
				map[string]any{"schema_version": 0, "attributes": map[string]any{"id": name, "bucket": name, "arn": "arn:aws:s3:::" + name,
					"acl": nil, "grant": []any{map[string]any{"id": "abc", "permissions": []any{"FULL_CONTROL"}, "type": "CanonicalUser", "uri": ""}},
					"versioning":                           []any{map[string]any{"enabled": false, "mfa_delete": false}},
					"server_side_encryption_configuration": []any{map[string]any{"rule": []any{map[string]any{"apply_server_side_encryption_by_default": []any{map[string]any{"sse_algorithm": "AES256", "kms_master_key_id": ""}}, "bucket_key_enabled": false}}}},
					"tags":                                 map[string]any{"Name": name}}, "sensitive_attributes": []any{}}}},
			map[string]any{"module": mod, "mode": "managed", "type": "aws_s3_bucket_versioning", "name": "this", "instances": []any{
				map[string]any{"schema_version": 0, "attributes": map[string]any{"id": name, "bucket": name,
					"versioning_configuration": []any{map[string]any{"status": "Enabled", "mfa_delete": ""}}},
					"sensitive_attributes": []any{}, "dependencies": []any{"module.svc.aws_s3_bucket.this"}}}})
	}
	doc := map[string]any{"version": 4, "terraform_version": "1.11.4", "serial": 1, "lineage": "x", "outputs": map[string]any{}, "resources": resources}
	out, _ := json.MarshalIndent(doc, "", "  ")
	return out
}
