# METADATA
# title: Load balancer SSL policy allows TLS 1.0 or 1.1
# description: >-
#   An SSL policy whose min_tls_version is TLS_1_0 (the default) or TLS_1_1 lets clients
#   negotiate protocol versions with known weaknesses (BEAST, weak CBC and SHA-1 suites), and
#   that PCI DSS no longer accepts for cardholder data.
# custom:
#   id: PLB-GCP-COMPUTE-024
#   severity: medium
#   types: [google_compute_ssl_policy, google_compute_region_ssl_policy]
#   remediation: Set min_tls_version = "TLS_1_2" and profile = "MODERN" or "RESTRICTED".
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
package plumb.rules.gcp.compute.ssl_policy_weak_tls

import rego.v1

deny contains {"msg": msg, "path": ["min_tls_version"]} if {
	no_min_tls_version
	msg := sprintf("SSL policy %s accepts TLS 1.0 (min_tls_version defaults to TLS_1_0)", [input.key])
}

deny contains {"msg": msg, "path": ["min_tls_version"]} if {
	input.attributes.min_tls_version in {"TLS_1_0", "TLS_1_1"}
	msg := sprintf("SSL policy %s accepts %s", [input.key, input.attributes.min_tls_version])
}

# Plans and state files report an argument that was not set as [] or "".
no_min_tls_version if not input.attributes.min_tls_version

no_min_tls_version if input.attributes.min_tls_version in {[], ""}
