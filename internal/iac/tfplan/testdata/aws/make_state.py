"""Derives terraform.tfstate from plan.json: the state Terraform would hold after applying
the plan, with the values AWS would have given the computed attributes. Usage:
    python3 make_state.py plan.json > terraform.tfstate
"""
import copy, json, sys

plan = json.load(open(sys.argv[1]))
ACCOUNT = "123456789012"
SG = "sg-0f1e2d3c4b5a69788"
VPC = "vpc-0a1b2c3d4e5f60718"
OWNER = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"

def owner_grant():
    return {"id": OWNER, "permissions": ["FULL_CONTROL"], "type": "CanonicalUser", "uri": ""}

def bucket_fill(v, addr):
    name = v["bucket"]
    policy = ""
    for r in plan["planned_values"]["root_module"]["resources"]:
        if r["type"] == "aws_s3_bucket_policy" and r.get("values", {}).get("policy"):
            if name in r["values"]["policy"]:
                policy = r["values"]["policy"]
    if name == "plumb-example-logs-1":
        policy = json.dumps({"Version": "2012-10-17", "Statement": [{"Sid": "DenyInsecureTransport", "Effect": "Deny",
            "Principal": "*", "Action": "s3:*", "Resource": ["arn:aws:s3:::plumb-example-logs-1", "arn:aws:s3:::plumb-example-logs-1/*"],
            "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}, separators=(",", ":"))
    grants = [owner_grant()]
    if name == "plumb-example-assets":
        grants.append({"id": "", "permissions": ["READ"], "type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AllUsers"})
    return {
        "id": name, "arn": "arn:aws:s3:::" + name, "acceleration_status": "", "acl": None,
        "bucket_domain_name": name + ".s3.amazonaws.com", "bucket_prefix": "",
        "bucket_regional_domain_name": name + ".s3.eu-west-1.amazonaws.com", "cors_rule": [], "grant": grants,
        "hosted_zone_id": "Z1BKCTXD74EZPE", "lifecycle_rule": [],
        "logging": [{"target_bucket": "plumb-example-logs-1", "target_prefix": "assets/"}] if name == "plumb-example-assets" else [],
        "object_lock_configuration": [], "object_lock_enabled": False, "policy": policy, "region": "eu-west-1",
        "replication_configuration": [], "request_payer": "BucketOwner",
        "server_side_encryption_configuration": [{"rule": [{"apply_server_side_encryption_by_default": [
            {"kms_master_key_id": "", "sse_algorithm": "AES256"}], "bucket_key_enabled": False}]}],
        "tags_all": v.get("tags_all") or {},
        "versioning": [{"enabled": name.startswith("plumb-example-logs"), "mfa_delete": False}],
        "website": [], "website_domain": None, "website_endpoint": None,
    }

def bucket_of(addr):
    if addr.startswith("module.storage"):
        return "plumb-example-" + addr.split('"')[1]
    if "logs[1]" in addr or "logs_1" in addr or addr == "aws_s3_bucket_logging.assets":
        return "plumb-example-logs-1" if "logging" not in addr else "plumb-example-assets"
    return "plumb-example-logs-0"

def ingress(port, desc):
    return {"cidr_blocks": ["0.0.0.0/0"], "description": desc, "from_port": port, "ipv6_cidr_blocks": [],
            "prefix_list_ids": [], "protocol": "tcp", "security_groups": [], "self": False, "to_port": port}

def fill(r):
    t, v, addr = r["type"], copy.deepcopy(r.get("values", {})), r["address"]
    if t == "aws_s3_bucket":
        v.update(bucket_fill(v, addr))
    elif t in ("aws_s3_bucket_versioning", "aws_s3_bucket_policy", "aws_s3_bucket_acl", "aws_s3_bucket_logging"):
        b = bucket_of(addr)
        v["bucket"] = b
        v["id"] = b if t != "aws_s3_bucket_acl" else b + "," + v["acl"]
        if t == "aws_s3_bucket_versioning":
            v["versioning_configuration"][0]["mfa_delete"] = ""
        if t == "aws_s3_bucket_policy" and "policy" not in v:
            v["policy"] = bucket_fill({"bucket": b}, addr)["policy"]
        if t == "aws_s3_bucket_acl":
            grants = [{"grantee": [{"display_name": "", "email_address": "", "id": OWNER, "type": "CanonicalUser", "uri": ""}], "permission": "FULL_CONTROL"}]
            if v["acl"] == "public-read":
                grants.append({"grantee": [{"display_name": "", "email_address": "", "id": "", "type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AllUsers"}], "permission": "READ"})
            v["access_control_policy"] = [{"grant": grants, "owner": [{"display_name": "", "id": OWNER}]}]
        if t == "aws_s3_bucket_logging":
            v["target_bucket"] = "plumb-example-logs-1"
            v["expected_bucket_owner"] = ""
    elif t == "aws_vpc":
        v.update({"id": VPC, "arn": "arn:aws:ec2:eu-west-1:%s:vpc/%s" % (ACCOUNT, VPC), "owner_id": ACCOUNT,
                  "default_security_group_id": "sg-0aaaabbbbccccdddd", "main_route_table_id": "rtb-0123456789abcdef0",
                  "enable_dns_hostnames": False, "tags_all": {}})
    elif t == "aws_security_group":
        v.update({"id": SG, "arn": "arn:aws:ec2:eu-west-1:%s:security-group/%s" % (ACCOUNT, SG), "owner_id": ACCOUNT,
                  "vpc_id": VPC, "egress": [], "name_prefix": "", "tags_all": {},
                  # AWS reports every rule of the group, the separate rule's included.
                  "ingress": [ingress(22, "ssh for admins"), ingress(443, "https"), ingress(3389, "rdp")]})
    elif t == "aws_security_group_rule":
        v.update({"id": "sgrule-2281546412", "security_group_id": SG, "security_group_rule_id": "sgr-0123abcd4567ef890",
                  "ipv6_cidr_blocks": None, "prefix_list_ids": None, "source_security_group_id": None})
    elif t == "aws_db_instance":
        v.update({"id": "db-ABCDEFGHIJKLMNOPQRSTUVWXY0", "arn": "arn:aws:rds:eu-west-1:%s:db:plumb-example" % ACCOUNT,
                  "address": "plumb-example.c1a2b3c4d5e6.eu-west-1.rds.amazonaws.com",
                  "endpoint": "plumb-example.c1a2b3c4d5e6.eu-west-1.rds.amazonaws.com:5432", "port": 5432,
                  "engine_version": "16.3", "engine_version_actual": "16.3", "availability_zone": "eu-west-1a",
                  "backup_retention_period": 0, "multi_az": False, "status": "available", "storage_type": "gp2",
                  "storage_encrypted": False, "vpc_security_group_ids": ["sg-0aaaabbbbccccdddd"],
                  "kms_key_id": "", "tags_all": {}, "resource_id": "db-ABCDEFGHIJKLMNOPQRSTUVWXY0"})
    return v

DEPS = {
    "aws_s3_bucket_versioning": ["aws_s3_bucket.logs"],
    "aws_s3_bucket_policy": ["aws_s3_bucket.logs", "data.aws_iam_policy_document.tls_only"],
    "aws_s3_bucket_logging": ["aws_s3_bucket.logs", "module.storage.aws_s3_bucket.this"],
}

def deps(r, module):
    t = r["type"]
    if module.startswith("module.storage") and t != "aws_s3_bucket":
        return ["module.storage.aws_s3_bucket.this"]
    if module.startswith("module.net"):
        return ["aws_vpc.main"] + (["module.net.aws_security_group.web"] if t == "aws_security_group_rule" else [])
    return DEPS.get(t, [])

resources = {}
order = []
def walk(m, module):
    for r in m.get("resources", []):
        if r["mode"] != "managed":
            continue
        k = (module, r["type"], r["name"])
        if k not in resources:
            resources[k] = {"module": module, "mode": "managed", "type": r["type"], "name": r["name"],
                            "provider": 'provider["registry.terraform.io/hashicorp/aws"]', "instances": []}
            if "index" in r:
                resources[k]["each"] = "list" if isinstance(r["index"], int) else "map"
            order.append(k)
        inst = {"schema_version": r["schema_version"], "attributes": fill(r), "sensitive_attributes": [], "private": "bnVsbA=="}
        if "index" in r:
            inst = {"index_key": r["index"], **inst}
        if r["type"] == "aws_db_instance":
            inst["sensitive_attributes"] = [[{"type": "get_attr", "value": "password"}]]
        d = deps(r, module)
        if d:
            inst["dependencies"] = d
        resources[k]["instances"].append(inst)
    for c in m.get("child_modules", []):
        walk(c, c["address"])

walk(plan["planned_values"]["root_module"], "")
out = []
for k in order:
    r = resources[k]
    if not r["module"]:
        del r["module"]
    out.append(r)
# The policy document read during plan, as Terraform stores a data source.
doc = next(r for r in plan["prior_state"]["values"]["root_module"]["resources"] if r["mode"] == "data")
out.insert(0, {"mode": "data", "type": doc["type"], "name": doc["name"],
               "provider": 'provider["registry.terraform.io/hashicorp/aws"]',
               "instances": [{"schema_version": 0, "attributes": doc["values"], "sensitive_attributes": []}]})
state = {"version": 4, "terraform_version": plan["terraform_version"], "serial": 8,
         "lineage": "5f0b8f3e-1c2d-4a6b-9e7f-0a1b2c3d4e5f",
         "outputs": {}, "resources": out, "check_results": None}
print(json.dumps(state, indent=2))
