# METADATA
# title: Cloud DNS zone signs with RSASHA1
# description: >-
#   RSASHA1 relies on SHA-1, for which practical chosen-prefix collisions exist; a signature
#   that can be forged protects nothing. Key-signing and zone-signing keys should use
#   RSASHA256, RSASHA512 or ECDSA.
# custom:
#   id: PLB-GCP-DNS-002
#   severity: medium
#   types: [google_dns_managed_zone]
#   remediation: >-
#     Set algorithm = "rsasha256" (or "ecdsap256sha256") in the zone's default_key_specs and
#     roll the keys.
#   controls:
#     nist-800-53: ["SC-13", "SC-20"]
#     pci-dss: ["4.2.1"]
#     iso-27001: ["A.8.24"]
package plumb.rules.gcp.dns.dnssec_rsasha1

import rego.v1

deny contains {"msg": msg, "path": ["dnssec_config", i, "default_key_specs", k, "algorithm"]} if {
	some i, config in input.attributes.dnssec_config
	some k, spec in config.default_key_specs
	lower(spec.algorithm) == "rsasha1"
	msg := sprintf("zone %s signs its %v with RSASHA1", [input.key, object.get(spec, "key_type", "keys")])
}
