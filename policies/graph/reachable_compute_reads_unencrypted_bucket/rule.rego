# METADATA
# title: Internet-reachable compute can read an unencrypted S3 bucket
# description: >-
#   An instance, launch template or Lambda function that the internet reaches (through an
#   internet-facing load balancer, a public IP in a group open to 0.0.0.0/0, a function URL)
#   runs as a role whose policies let it read objects of a bucket that declares no default
#   encryption. Whoever takes over the code can read the bucket, and nothing in the
#   configuration says its objects are protected at rest by a key you control.
# custom:
#   id: PLB-GRAPH-001
#   severity: high
#   scope: graph
#   types: [graph]
#   remediation: >-
#     Declare default encryption on the bucket (an
#     aws_s3_bucket_server_side_encryption_configuration with sse_algorithm = "aws:kms"), and
#     narrow the role's policy to the objects the service needs; put the compute behind an
#     internal load balancer if the internet need not reach it.
#   controls:
#     nist-800-53: ["AC-6", "SC-28"]
#     pci-dss: ["3.5.1", "7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.graph.reachable_compute_reads_unencrypted_bucket

import rego.v1

# The edges traffic from the internet follows to the code that serves it.
network_kinds := {"internet", "target", "network", "launches"}

# An object comprehension, not a partial object rule: OPA checks each key of a partial
# object against every key before it, which is quadratic in the graph's nodes (a 100k-resource
# scan spent two minutes there).
network := {from: {e.to | some e in edges; e.kind in network_kinds} | some from, edges in input.out}

reachable := graph.reachable(network, {"internet"})

compute_types := {"aws_instance", "aws_launch_template", "aws_launch_configuration", "aws_lambda_function"}

encrypted(bucket) if bucket.attributes.server_side_encryption.rules[0].sse_algorithm

readable_buckets(c) := {key |
	some r in input.out[c]
	r.kind in {"instance profile", "execution role"}
	some a in input.out[r.to]
	a.kind == "access"
	a.label == "s3:GetObject"
	bucket := input.resources[a.to]
	bucket.type == "aws_s3_bucket"
	not encrypted(bucket)
	key := bucket.key
}

# Reported at the compute's declaration: the value of its role attribute comes from the
# instance profile or role, which would place the finding there.
deny contains {"msg": msg, "resource": c, "path": []} if {
	some c in reachable
	compute := input.resources[c]
	compute.type in compute_types
	buckets := readable_buckets(c)
	count(buckets) > 0
	msg := sprintf("%s is reachable from the internet and its role can read %s, which declares no default encryption",
		[compute.key, concat(", ", sort(buckets))])
}
