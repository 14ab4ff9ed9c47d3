# METADATA
# title: HTTP Cloud Function accepts traffic from the whole internet
# description: >-
#   With ingress settings at ALLOW_ALL (the default), an HTTP function's URL answers requests
#   from anywhere, bypassing the load balancer, Cloud Armor and VPC Service Controls
#   perimeter that should sit in front of it. Event-triggered functions are not judged.
# custom:
#   id: PLB-GCP-FUNCTIONS-002
#   severity: low
#   types: [google_cloudfunctions_function, google_cloudfunctions2_function]
#   remediation: >-
#     Set ingress_settings = "ALLOW_INTERNAL_AND_GCLB" (service_config { ingress_settings }
#     for 2nd gen) and route outside traffic through an external load balancer, or
#     "ALLOW_INTERNAL_ONLY" for internal callers.
#   controls:
#     nist-800-53: ["SC-7"]
#     pci-dss: ["1.3.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.gcp.functions.ingress_all

import rego.v1

# 1st gen: only HTTP functions have a URL.
deny contains {"msg": msg, "path": ["ingress_settings"]} if {
	input.type == "google_cloudfunctions_function"
	input.attributes.trigger_http == true
	open(input.attributes)
	msg := sprintf("function %s accepts requests from the whole internet", [input.key])
}

# 2nd gen: a function without an event trigger is called over HTTP.
deny contains {"msg": msg, "path": ["service_config"]} if {
	input.type == "google_cloudfunctions2_function"
	no_event_trigger
	no_service_config
	msg := sprintf("function %s accepts requests from the whole internet (ingress_settings defaults to ALLOW_ALL)", [input.key])
}

deny contains {"msg": msg, "path": ["service_config", i, "ingress_settings"]} if {
	input.type == "google_cloudfunctions2_function"
	no_event_trigger
	some i, config in input.attributes.service_config
	open(config)
	msg := sprintf("function %s accepts requests from the whole internet", [input.key])
}

open(config) if not "ingress_settings" in object.keys(config)

open(config) if config.ingress_settings == "ALLOW_ALL"

# Plans and state files report an argument that was not set as [] or "".
no_event_trigger if not input.attributes.event_trigger

no_event_trigger if input.attributes.event_trigger in {[], ""}

no_service_config if not input.attributes.service_config

no_service_config if input.attributes.service_config in {[], ""}
