# METADATA
# title: Ingress serves hosts without TLS
# description: >-
#   An Ingress without a tls section, or whose tls section does not cover one of its hosts,
#   serves that host over plain HTTP: credentials, session cookies and data cross the network
#   readable and alterable by anyone on the path.
# custom:
#   id: PLB-K8S-NET-004
#   severity: medium
#   types: [Ingress]
#   remediation: >-
#     Add a spec.tls entry listing every host with a certificate Secret (for example issued by
#     cert-manager), and redirect HTTP to HTTPS in the ingress controller.
#   controls:
#     nist-800-53: ["SC-8"]
#     pci-dss: ["4.2.1"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
package plumb.rules.kubernetes.net.ingress_without_tls

import rego.v1

spec := input.attributes.spec

has_tls if count(spec.tls) > 0

deny contains {"msg": msg, "path": ["spec", "tls"]} if {
	is_object(spec)
	not has_tls
	msg := sprintf("%s has no TLS section: it serves plain HTTP", [input.key])
}

deny contains {"msg": msg, "path": ["spec", "rules", i, "host"]} if {
	has_tls
	some i, rule in spec.rules
	host := rule.host
	is_string(host)
	not covered(host)
	msg := sprintf("%s serves %s, which no TLS entry covers", [input.key, host])
}

covered(host) if {
	some entry in spec.tls
	some pattern in entry.hosts
	matches(pattern, host)
}

matches(pattern, host) if lower(pattern) == lower(host)

# A "*.example.com" certificate covers exactly one more label.
matches(pattern, host) if {
	startswith(pattern, "*.")
	suffix := lower(substring(pattern, 1, -1))
	h := lower(host)
	endswith(h, suffix)
	not contains(trim_suffix(h, suffix), ".")
	trim_suffix(h, suffix) != ""
}
