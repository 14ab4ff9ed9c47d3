// Package graph builds the resource graph of a scan and finds its breach paths.
//
// Nodes are canonical resources, identified within their Root (keys are unique only there),
// plus stand-ins for resources a reference names but the scan does not hold (the
// cluster-admin ClusterRole a binding refers to). Edges come from what resources say about
// one another: Terraform and CloudFormation references, security-group membership and
// group-to-group ingress, load balancer → listener → target group → target, instance
// profile → role, IAM policies → the data stores they let a role read, Kubernetes Ingress →
// Service → workload → ServiceAccount → (Cluster)RoleBinding → role and the Secrets it can
// read. Each edge has a kind (EdgeKind); only the kinds that carry an attacker from one
// resource to the next are followed when looking for paths, plain references are not.
//
// Entry points are resources the internet reaches (an internet-facing load balancer, an
// instance with a public IP or a public database in a group open to 0.0.0.0/0 or ::/0, a
// public bucket, a LoadBalancer or NodePort Service, an Ingress); crown jewels are data
// stores, secrets, keys and administrator identities. A finding whose resource lies on a
// path from an entry point to a crown jewel, as a node or as a resource an edge passes
// through (the policy that grants the read), is a breach-path finding: Rank raises its
// severity one level and records the shortest such path.
//
// Invariants: a value that is unknown (resource.Unknown) never makes an entry point, a crown
// jewel or an edge: the graph under-approximates rather than guess. Build never changes the
// resources it is given; its output is deterministic for a given input order. It imports
// resource and finding only.
package graph
