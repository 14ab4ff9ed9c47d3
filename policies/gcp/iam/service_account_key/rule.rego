# METADATA
# title: User-managed service account key
# description: >-
#   A google_service_account_key is a long-lived credential that works from anywhere until
#   someone deletes it; Terraform also keeps its private key in the state file. Keys leak
#   through repositories, laptops and CI logs, and are the most common way service accounts
#   are compromised.
# custom:
#   id: PLB-GCP-IAM-004
#   severity: medium
#   types: [google_service_account_key]
#   remediation: >-
#     Remove the key. Run workloads as the service account (attached service accounts,
#     Workload Identity), use Workload Identity Federation from other clouds and CI, and
#     service account impersonation for people.
#   controls:
#     nist-800-53: ["IA-5", "AC-2"]
#     pci-dss: ["8.3.1", "8.6.2"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17", "A.8.5"]
package plumb.rules.gcp.iam.service_account_key

import rego.v1

deny contains {"msg": msg, "path": []} if {
	input.type == "google_service_account_key"
	msg := sprintf("%s creates a user-managed key for a service account", [input.key])
}
