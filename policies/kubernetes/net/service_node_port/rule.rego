# METADATA
# title: Service is exposed on a port of every node (NodePort)
# description: >-
#   A NodePort Service opens a port on every node of the cluster, reachable by anything that
#   can reach a node, and usually outside the firewall rules and TLS termination that front
#   the cluster's load balancers. It is worth knowing where they are.
# custom:
#   id: PLB-K8S-NET-002
#   severity: low
#   types: [Service]
#   remediation: >-
#     Use a ClusterIP Service behind an Ingress or a LoadBalancer, and restrict access to the
#     node ports range at the network level.
#   controls:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.kubernetes.net.service_node_port

import rego.v1

deny contains {"msg": msg, "path": ["spec", "type"]} if {
	input.attributes.spec.type == "NodePort"
	msg := sprintf("%s is exposed on a port of every node (type NodePort)", [input.key])
}
