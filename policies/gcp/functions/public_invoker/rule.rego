# METADATA
# title: Cloud Function can be invoked by allUsers or allAuthenticatedUsers
# description: >-
#   An IAM binding on a function for allUsers or allAuthenticatedUsers lets anyone call it
#   without credentials, so its code, the data it reaches and its bill are open to the
#   internet. Public endpoints belong behind an API gateway or load balancer that
#   authenticates callers.
# custom:
#   id: PLB-GCP-FUNCTIONS-001
#   severity: high
#   types: [google_cloudfunctions_function, google_cloudfunctions_function_iam_member, google_cloudfunctions_function_iam_binding, google_cloudfunctions_function_iam_policy, google_cloudfunctions2_function, google_cloudfunctions2_function_iam_member, google_cloudfunctions2_function_iam_binding, google_cloudfunctions2_function_iam_policy]
#   remediation: >-
#     Remove allUsers and allAuthenticatedUsers from the function's invoker bindings and grant
#     roles/cloudfunctions.invoker to the callers' service accounts (or front it with API
#     Gateway or IAP).
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.functions.public_invoker

import rego.v1

import data.plumb.lib.gcp

deny contains {"msg": msg, "path": ["iam_bindings", i, "members", j]} if {
	some i, binding in input.attributes.iam_bindings
	some j, member in binding.members
	member in gcp.public_members
	msg := sprintf("function %s grants %v to %s", [input.key, binding.role, member])
}
