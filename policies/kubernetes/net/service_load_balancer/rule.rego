# METADATA
# title: Service is exposed through a cloud load balancer
# description: >-
#   A LoadBalancer Service asks the cloud provider for a load balancer, which is reachable
#   from the internet unless the provider's internal annotation or loadBalancerSourceRanges
#   say otherwise. Informational: it lists the cluster's entry points so that each can be
#   reviewed. Services that set loadBalancerSourceRanges are not reported.
# custom:
#   id: PLB-K8S-NET-003
#   severity: info
#   types: [Service]
#   remediation: >-
#     Restrict the sources with spec.loadBalancerSourceRanges, make the load balancer
#     internal with the provider's annotation, or route through a shared Ingress that
#     terminates TLS.
#   controls:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.kubernetes.net.service_load_balancer

import rego.v1

restricted if count(input.attributes.spec.loadBalancerSourceRanges) > 0

deny contains {"msg": msg, "path": ["spec", "type"]} if {
	input.attributes.spec.type == "LoadBalancer"
	not restricted
	msg := sprintf("%s is exposed through a load balancer open to any source", [input.key])
}
