# METADATA
# title: Pub/Sub topic or subscription grants access to allUsers or allAuthenticatedUsers
# description: >-
#   An IAM binding on a topic for allUsers or allAuthenticatedUsers lets anyone publish
#   messages into the systems that consume it; on a subscription, lets anyone read them.
# custom:
#   id: PLB-GCP-PUBSUB-002
#   severity: high
#   types: [google_pubsub_topic, google_pubsub_topic_iam_member, google_pubsub_topic_iam_binding, google_pubsub_topic_iam_policy, google_pubsub_subscription, google_pubsub_subscription_iam_member, google_pubsub_subscription_iam_binding, google_pubsub_subscription_iam_policy]
#   remediation: >-
#     Remove allUsers and allAuthenticatedUsers from the topic's and subscription's IAM
#     members and grant roles/pubsub.publisher or subscriber to named service accounts.
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.pubsub.public_access

import rego.v1

import data.plumb.lib.gcp

deny contains {"msg": msg, "path": ["iam_bindings", i, "members", j]} if {
	some i, binding in input.attributes.iam_bindings
	some j, member in binding.members
	member in gcp.public_members
	msg := sprintf("Pub/Sub resource %s grants %v to %s", [input.key, binding.role, member])
}
