# METADATA
# title: Cloud Run service can be invoked by allUsers or allAuthenticatedUsers
# description: >-
#   An IAM binding on a Cloud Run service for allUsers or allAuthenticatedUsers lets anyone
#   call it without credentials. That is right for a public website, and wrong for an
#   internal API or a job endpoint, which then answers the whole internet.
# custom:
#   id: PLB-GCP-RUN-001
#   severity: high
#   types: [google_cloud_run_service, google_cloud_run_service_iam_member, google_cloud_run_service_iam_binding, google_cloud_run_service_iam_policy, google_cloud_run_v2_service, google_cloud_run_v2_service_iam_member, google_cloud_run_v2_service_iam_binding, google_cloud_run_v2_service_iam_policy]
#   remediation: >-
#     Remove allUsers and allAuthenticatedUsers from the service's invoker bindings and grant
#     roles/run.invoker to the callers' service accounts; front public sites with a load
#     balancer and IAP or Cloud Armor where they need protecting.
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.run.public_invoker

import rego.v1

import data.plumb.lib.gcp

deny contains {"msg": msg, "path": ["iam_bindings", i, "members", j]} if {
	some i, binding in input.attributes.iam_bindings
	some j, member in binding.members
	member in gcp.public_members
	msg := sprintf("service %s grants %v to %s", [input.key, binding.role, member])
}
