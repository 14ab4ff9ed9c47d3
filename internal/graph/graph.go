package graph

import (
	"slices"
	"sort"
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
)

// Internet is the node every entry point is reached from.
const Internet = "internet"

// EdgeKind says what an edge stands for.
type EdgeKind string

// The kinds of edge. Reference is a plain reference between resources; every other kind
// carries access from its source to its target and is followed by breach paths.
const (
	Reference       EdgeKind = "reference"
	Exposure        EdgeKind = "internet"         // Internet → an entry point
	Target          EdgeKind = "target"           // load balancer → the instance it forwards to
	Network         EdgeKind = "network"          // a member of one security group → a member of a group that admits it
	Launches        EdgeKind = "launches"         // Auto Scaling group → launch template
	InstanceProfile EdgeKind = "instance profile" // instance or launch template → role
	ExecutionRole   EdgeKind = "execution role"   // Lambda function → role
	Access          EdgeKind = "access"           // identity → the data store its policies let it read
	Backend         EdgeKind = "backend"          // Ingress → Service
	Selects         EdgeKind = "selects"          // Service → workload
	RunsAs          EdgeKind = "service account"  // workload → ServiceAccount
	Bound           EdgeKind = "bound"            // ServiceAccount → the role a binding gives it
	Mounts          EdgeKind = "mounts"           // workload → a Secret it reads
)

// traversable reports whether breach paths follow edges of kind k.
func (k EdgeKind) traversable() bool { return k != Reference }

// Node is a resource of the graph, or a stand-in for one that references name but the scan
// does not hold (Resource nil).
type Node struct {
	ID, Key, Type, Root string
	Resource            *resource.Resource
}

// Edge is a directed edge between two nodes, by ID.
type Edge struct {
	From, To string
	Kind     EdgeKind
	// Label is what a report prints for the hop: the reason for an entry point, the action
	// for access ("s3:GetObject"); empty means the kind.
	Label string
	// Via lists the IDs of the resources the edge passes through: the security group that
	// opens an entry point, the listener and target group between a load balancer and its
	// target, the instance profile, the policy and its attachment that grant access.
	Via []string
}

// Text is what a report prints for the edge.
func (e Edge) Text() string {
	if e.Label != "" {
		return e.Label
	}
	return string(e.Kind)
}

// Graph is the resource graph of one scan.
type Graph struct {
	nodes map[string]*Node
	order []string // node IDs, in the order of the resources, stand-ins last
	Edges []Edge
	// EntryPoints and CrownJewels map node IDs to why they are one ("internet-facing",
	// "data store"). An open security group is an entry point; what the internet reaches
	// through it is the resource it admits traffic to.
	EntryPoints map[string]string
	CrownJewels map[string]string

	out, in map[string][]int // edge indexes by source and target
	edgeSet map[string]bool
	byType  map[string][]*Node // resources (not stand-ins) by root and type: root + "\x00" + type
}

// ID is a node's identity: keys are unique within a root.
func ID(root, key string) string {
	if root == "" || root == "." {
		return key
	}
	return root + ":" + key
}

// Node returns the node with the given ID, or nil.
func (g *Graph) Node(id string) *Node { return g.nodes[id] }

// Nodes returns every node in a stable order: the resources as given, then stand-ins.
func (g *Graph) Nodes() []*Node {
	out := make([]*Node, len(g.order))
	for i, id := range g.order {
		out[i] = g.nodes[id]
	}
	return out
}

// Build makes the graph of rs. The resources are not changed.
func Build(rs []*resource.Resource) *Graph {
	g := &Graph{
		nodes: map[string]*Node{}, EntryPoints: map[string]string{}, CrownJewels: map[string]string{},
		out: map[string][]int{}, in: map[string][]int{}, edgeSet: map[string]bool{}, byType: map[string][]*Node{},
	}
	for _, r := range rs {
		if r == nil {
			continue
		}
		id := ID(r.Root, r.Key)
		if _, dup := g.nodes[id]; dup {
			continue
		}
		n := &Node{ID: id, Key: r.Key, Type: r.Type, Root: r.Root, Resource: r}
		g.nodes[id] = n
		g.order = append(g.order, id)
		k := r.Root + "\x00" + r.Type
		g.byType[k] = append(g.byType[k], n)
	}
	resources := g.Nodes()
	for _, n := range resources {
		for _, ref := range n.Resource.References {
			g.addEdge(Edge{From: n.ID, To: g.ref(n, ref.Target).ID, Kind: Reference, Label: ref.Attribute})
		}
	}
	buildAWS(g, resources)
	buildKubernetes(g, resources)
	return g
}

// ref returns the node a reference of n names, creating a stand-in when the scan does not
// hold it.
func (g *Graph) ref(n *Node, key string) *Node {
	id := ID(n.Root, key)
	if t, ok := g.nodes[id]; ok {
		return t
	}
	t := &Node{ID: id, Key: key, Type: standInType(key), Root: n.Root}
	g.nodes[id] = t
	g.order = append(g.order, id)
	return t
}

// standInType guesses the type of a resource known only by its key: a Terraform address
// names it (aws_iam_role.x), a Kubernetes key has its kind before the name
// ("rbac.authorization.k8s.io/v1/ClusterRole cluster-admin").
func standInType(key string) string {
	if head, _, ok := strings.Cut(key, " "); ok {
		return head[strings.LastIndex(head, "/")+1:]
	}
	parts := strings.Split(key, ".")
	for i := len(parts) - 2; i >= 0; i-- {
		if strings.Contains(parts[i], "_") && !strings.HasPrefix(parts[i], "module") {
			return parts[i]
		}
	}
	return ""
}

func (g *Graph) addEdge(e Edge) {
	if e.From == e.To || e.From == "" || e.To == "" {
		return
	}
	k := e.From + "\x00" + e.To + "\x00" + string(e.Kind) + "\x00" + e.Label
	if g.edgeSet[k] {
		return
	}
	g.edgeSet[k] = true
	g.out[e.From] = append(g.out[e.From], len(g.Edges))
	g.in[e.To] = append(g.in[e.To], len(g.Edges))
	g.Edges = append(g.Edges, e)
}

// expose makes n an entry point, reached from the internet for reason, through via.
func (g *Graph) expose(n *Node, reason string, via ...string) {
	if _, ok := g.EntryPoints[n.ID]; !ok {
		g.EntryPoints[n.ID] = reason
	}
	g.addEdge(Edge{From: Internet, To: n.ID, Kind: Exposure, Label: reason, Via: via})
}

func (g *Graph) jewel(n *Node, reason string) {
	if _, ok := g.CrownJewels[n.ID]; !ok {
		g.CrownJewels[n.ID] = reason
	}
}

// ofType returns the resources of a type in n's root.
func (g *Graph) ofType(root, typ string) []*Node { return g.byType[root+"\x00"+typ] }

// refs returns the nodes n refers to from attributes at or below attr ("" for every
// attribute), in the order of its references, each once.
func (g *Graph) refs(n *Node, attr string) []*Node {
	if n.Resource == nil {
		return nil
	}
	var out []*Node
	for _, r := range n.Resource.References {
		if attr != "" && r.Attribute != attr && !strings.HasPrefix(r.Attribute, attr+".") {
			continue
		}
		if t := g.ref(n, r.Target); !slices.Contains(out, t) { // a resource has few references
			out = append(out, t)
		}
	}
	return out
}

// referrers returns the resources of type typ that refer to n from attributes at or below
// attr.
func (g *Graph) referrers(n *Node, typ, attr string) []*Node {
	var out []*Node
	for _, i := range g.in[n.ID] {
		e := g.Edges[i]
		if e.Kind != Reference || (attr != "" && e.Label != attr && !strings.HasPrefix(e.Label, attr+".")) {
			continue
		}
		if from := g.nodes[e.From]; from != nil && (typ == "" || from.Type == typ) && !slices.Contains(out, from) {
			out = append(out, from)
		}
	}
	return out
}

// sortedIDs returns the keys of m sorted.
func sortedIDs[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
