# METADATA
# title: Public Cloud DNS zone does not sign its records with DNSSEC
# description: >-
#   Without DNSSEC, resolvers cannot tell the zone's genuine answers from forged ones, so DNS
#   spoofing and cache poisoning can send users of the domain to an attacker's servers.
#   Private zones are not judged.
# custom:
#   id: PLB-GCP-DNS-001
#   severity: medium
#   types: [google_dns_managed_zone]
#   remediation: >-
#     Add dnssec_config { state = "on" } to the zone and publish the DS record at the
#     registrar.
#   controls:
#     nist-800-53: ["SC-20"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.gcp.dns.dnssec_disabled

import rego.v1

deny contains {"msg": msg, "path": ["dnssec_config"]} if {
	public
	no_dnssec_config
	msg := sprintf("zone %s does not sign its records with DNSSEC", [input.key])
}

deny contains {"msg": msg, "path": ["dnssec_config", i, "state"]} if {
	public
	some i, config in input.attributes.dnssec_config
	config.state == "off"
	msg := sprintf("zone %s turns DNSSEC off", [input.key])
}

# visibility defaults to public.
public if not input.attributes.visibility

public if input.attributes.visibility == "public"

# Plans and state files report an argument that was not set as [] or "".
no_dnssec_config if not input.attributes.dnssec_config

no_dnssec_config if input.attributes.dnssec_config in {[], ""}
