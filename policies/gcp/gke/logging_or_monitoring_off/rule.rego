# METADATA
# title: GKE cluster sends no logs or no metrics to Cloud Operations
# description: >-
#   logging_service = "none" stops the cluster's system and workload logs (API server audit
#   included) from reaching Cloud Logging; monitoring_service = "none" stops its metrics.
#   Either leaves an incident with nothing to investigate and no alert to raise.
# custom:
#   id: PLB-GCP-GKE-013
#   severity: medium
#   types: [google_container_cluster]
#   remediation: >-
#     Remove logging_service / monitoring_service = "none" (the defaults send to Cloud Logging
#     and Cloud Monitoring), or set them to logging.googleapis.com/kubernetes and
#     monitoring.googleapis.com/kubernetes.
#   controls:
#     nist-800-53: ["AU-2", "AU-12", "SI-4"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15", "A.8.16"]
package plumb.rules.gcp.gke.logging_or_monitoring_off

import rego.v1

deny contains {"msg": msg, "path": [service]} if {
	some service in ["logging_service", "monitoring_service"]
	input.attributes[service] == "none"
	msg := sprintf("cluster %s sets %s = \"none\"", [input.key, service])
}
