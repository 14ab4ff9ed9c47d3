# METADATA
# title: Service sets externalIPs (CVE-2020-8554)
# description: >-
#   kube-proxy routes traffic for a Service's externalIPs on every node, without checking
#   that the address belongs to the cluster. Anyone who can create or update a Service can so
#   claim any IP address, an external API or another tenant's endpoint included, and
#   intercept the cluster's traffic to it (CVE-2020-8554, unpatched by design). Clusters
#   should deny externalIPs at admission; a manifest should not need them.
# custom:
#   id: PLB-K8S-NET-001
#   severity: medium
#   types: [Service]
#   remediation: >-
#     Remove spec.externalIPs and expose the Service through a LoadBalancer or an Ingress.
#     Block the field cluster-wide with the DenyServiceExternalIPs admission plugin.
#   controls:
#     nist-800-53: ["SC-7", "CM-7"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.kubernetes.net.service_external_ips

import rego.v1

deny contains {"msg": msg, "path": ["spec", "externalIPs", i]} if {
	some i, ip in input.attributes.spec.externalIPs
	is_string(ip)
	msg := sprintf("%s claims the external IP %s, which kube-proxy will capture on every node", [input.key, ip])
}
