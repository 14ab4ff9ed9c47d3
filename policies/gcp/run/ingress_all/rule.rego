# METADATA
# title: Cloud Run service accepts traffic from the whole internet
# description: >-
#   With ingress at INGRESS_TRAFFIC_ALL (the default for google_cloud_run_v2_service; "all"
#   for the v1 run.googleapis.com/ingress annotation), the service's run.app URL answers
#   requests from anywhere, bypassing the load balancer, Cloud Armor and VPC Service Controls
#   that should sit in front of it.
# custom:
#   id: PLB-GCP-RUN-002
#   severity: low
#   types: [google_cloud_run_v2_service, google_cloud_run_service]
#   remediation: >-
#     Set ingress = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER" (v1: the annotation
#     run.googleapis.com/ingress = "internal-and-cloud-load-balancing") and route outside
#     traffic through an external load balancer, or INGRESS_TRAFFIC_INTERNAL_ONLY.
#   controls:
#     nist-800-53: ["SC-7"]
#     pci-dss: ["1.3.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.gcp.run.ingress_all

import rego.v1

deny contains {"msg": msg, "path": ["ingress"]} if {
	input.type == "google_cloud_run_v2_service"
	no_ingress
	msg := sprintf("Cloud Run service %s accepts requests from the whole internet (ingress defaults to INGRESS_TRAFFIC_ALL)", [input.key])
}

deny contains {"msg": msg, "path": ["ingress"]} if {
	input.type == "google_cloud_run_v2_service"
	input.attributes.ingress == "INGRESS_TRAFFIC_ALL"
	msg := sprintf("Cloud Run service %s accepts requests from the whole internet", [input.key])
}

# v1: the ingress annotation on the service's metadata; "all" when absent.
deny contains {"msg": msg, "path": ["metadata", i, "annotations", annotation]} if {
	input.type == "google_cloud_run_service"
	some i, metadata in input.attributes.metadata
	v1_open(metadata)
	msg := sprintf("Cloud Run service %s accepts requests from the whole internet", [input.key])
}

deny contains {"msg": msg, "path": ["metadata"]} if {
	input.type == "google_cloud_run_service"
	no_metadata
	msg := sprintf("Cloud Run service %s accepts requests from the whole internet (no ingress annotation)", [input.key])
}

annotation := "run.googleapis.com/ingress"

v1_open(metadata) if not metadata.annotations[annotation]

v1_open(metadata) if metadata.annotations[annotation] == "all"

# Plans and state files report an argument that was not set as [] or "".
no_ingress if not input.attributes.ingress

no_ingress if input.attributes.ingress in {[], ""}

no_metadata if not input.attributes.metadata

no_metadata if input.attributes.metadata in {[], ""}
