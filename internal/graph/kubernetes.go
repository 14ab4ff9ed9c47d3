package graph

import (
	"strings"
)

// buildKubernetes adds the Kubernetes edges, entry points and crown jewels. The adapters
// already link Services to workloads, workloads to ServiceAccounts and bindings to roles and
// subjects; this gives those references their meaning and adds Ingress backends, mounted
// Secrets and the Secrets a bound role can read.
func buildKubernetes(g *Graph, rs []*Node) {
	ix := map[string]*Node{} // root, kind, namespace, name
	for _, n := range rs {
		if isKubernetes(n) {
			ns, name := k8sName(n)
			ix[n.Root+"\x00"+n.Type+"\x00"+ns+"\x00"+name] = n
		}
	}
	lookup := func(n *Node, kind, ns, name string) *Node { return ix[n.Root+"\x00"+kind+"\x00"+ns+"\x00"+name] }
	for _, n := range rs {
		if !isKubernetes(n) {
			continue
		}
		ns, _ := k8sName(n)
		switch n.Type {
		case "Service":
			if t, ok := str(n, "spec", "type"); ok && (t == "LoadBalancer" || t == "NodePort") {
				g.expose(n, t+" Service")
			}
			for _, w := range g.refs(n, "spec.selector") {
				g.addEdge(Edge{From: n.ID, To: w.ID, Kind: Selects})
			}
		case "Ingress":
			g.expose(n, "Ingress")
			for _, name := range ingressBackends(n) {
				if svc := lookup(n, "Service", ns, name); svc != nil {
					g.addEdge(Edge{From: n.ID, To: svc.ID, Kind: Backend})
				}
			}
		case "Secret":
			g.jewel(n, "secret")
		case "Role", "ClusterRole":
			if _, name := k8sName(n); name == "cluster-admin" || grantsAll(n) {
				g.jewel(n, "administrator role")
			}
		case "RoleBinding", "ClusterRoleBinding":
			binding(g, n)
		}
		if _, ok := attr(n, "pod"); ok {
			for _, sa := range g.refs(n, "pod.spec.serviceAccountName") {
				g.addEdge(Edge{From: n.ID, To: sa.ID, Kind: RunsAs})
			}
			for _, name := range mountedSecrets(n) {
				if s := lookup(n, "Secret", ns, name); s != nil {
					g.addEdge(Edge{From: n.ID, To: s.ID, Kind: Mounts})
				}
			}
		}
	}
	for _, n := range g.Nodes() {
		if n.Resource == nil && n.Type == "ClusterRole" && strings.HasSuffix(n.Key, " cluster-admin") {
			g.jewel(n, "administrator role")
		}
	}
}

func isKubernetes(n *Node) bool {
	if n.Resource == nil {
		return false
	}
	switch n.Resource.Origin {
	case "kubernetes", "helm", "kustomize", "live-kubernetes":
		return true
	}
	return false
}

// k8sName returns an object's namespace ("" when cluster-scoped, "default" when unset) and
// name.
func k8sName(n *Node) (string, string) {
	name, _ := str(n, "metadata", "name")
	switch n.Type {
	case "ClusterRole", "ClusterRoleBinding", "Namespace", "Node", "PersistentVolume", "StorageClass",
		"CustomResourceDefinition", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "PriorityClass":
		return "", name
	}
	ns, ok := str(n, "metadata", "namespace")
	if !ok || ns == "" {
		ns = "default"
	}
	return ns, name
}

// ingressBackends names the Services an Ingress routes to (networking.k8s.io/v1 and the
// older serviceName form).
func ingressBackends(n *Node) []string {
	var out []string
	add := func(b any) {
		m := object(b)
		if svc := object(m["service"]); svc != nil {
			if s, ok := svc["name"].(string); ok {
				out = append(out, s)
			}
		}
		if s, ok := m["serviceName"].(string); ok {
			out = append(out, s)
		}
	}
	for _, p := range []string{"defaultBackend", "backend"} {
		if b, ok := attr(n, "spec", p); ok {
			add(b)
		}
	}
	rules, _ := attr(n, "spec", "rules")
	for _, r := range list(rules) {
		for _, p := range list(object(object(r)["http"])["paths"]) {
			add(object(p)["backend"])
		}
	}
	return out
}

// mountedSecrets names the Secrets a workload's pods read: volumes, env and envFrom.
func mountedSecrets(n *Node) []string {
	var out []string
	vols, _ := attr(n, "pod", "spec", "volumes")
	for _, v := range list(vols) {
		if s, ok := object(object(v)["secret"])["secretName"].(string); ok {
			out = append(out, s)
		}
		for _, src := range list(object(object(v)["projected"])["sources"]) {
			if s, ok := object(object(src)["secret"])["name"].(string); ok {
				out = append(out, s)
			}
		}
	}
	for _, kind := range []string{"containers", "initContainers"} {
		cs, _ := attr(n, "pod", "spec", kind)
		for _, c := range list(cs) {
			for _, e := range list(object(c)["env"]) {
				if s, ok := object(object(object(e)["valueFrom"])["secretKeyRef"])["name"].(string); ok {
					out = append(out, s)
				}
			}
			for _, e := range list(object(c)["envFrom"]) {
				if s, ok := object(object(e)["secretRef"])["name"].(string); ok {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// grantsAll reports whether a role allows every verb on every resource of every group.
func grantsAll(n *Node) bool {
	rules, _ := attr(n, "rules")
	for _, r := range list(rules) {
		m := object(r)
		if has(m["apiGroups"], "*") && has(m["resources"], "*") && has(m["verbs"], "*") {
			return true
		}
	}
	return false
}

// readsSecrets returns whether a role lets its holders read Secrets, and which ones (nil:
// all of them).
func readsSecrets(n *Node) (bool, []string) {
	if n.Resource == nil {
		return n.Type == "ClusterRole" && strings.HasSuffix(n.Key, " cluster-admin"), nil
	}
	rules, _ := attr(n, "rules")
	reads, all := false, false
	var names []string
	for _, r := range list(rules) {
		m := object(r)
		if !(has(m["apiGroups"], "") || has(m["apiGroups"], "*")) || !(has(m["resources"], "secrets") || has(m["resources"], "*")) {
			continue
		}
		if !(has(m["verbs"], "get") || has(m["verbs"], "list") || has(m["verbs"], "watch") || has(m["verbs"], "*")) {
			continue
		}
		reads = true
		rn, _ := stringsOf(m["resourceNames"])
		if len(rn) == 0 {
			all = true
		}
		names = append(names, rn...)
	}
	if all {
		names = nil
	}
	return reads, names
}

func has(v any, s string) bool {
	l, _ := stringsOf(v)
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// binding links each ServiceAccount a binding names to the bound role, and to each Secret
// the role lets it read within the binding's reach: a RoleBinding's namespace, or the whole
// cluster for a ClusterRoleBinding.
func binding(g *Graph, b *Node) {
	roles := g.refs(b, "roleRef")
	if len(roles) != 1 {
		return
	}
	role := roles[0]
	ns, _ := k8sName(b)
	reads, names := readsSecrets(role)
	var secrets []*Node
	if reads {
		for _, s := range g.ofType(b.Root, "Secret") {
			sns, sname := k8sName(s)
			if !isKubernetes(s) || (b.Type == "RoleBinding" && sns != ns) {
				continue
			}
			if names == nil || has(toAny(names), sname) {
				secrets = append(secrets, s)
			}
		}
	}
	for _, sa := range g.refs(b, "subjects") {
		if sa.Type != "ServiceAccount" {
			continue
		}
		g.addEdge(Edge{From: sa.ID, To: role.ID, Kind: Bound, Via: []string{b.ID}})
		for _, s := range secrets {
			g.addEdge(Edge{From: sa.ID, To: s.ID, Kind: Access, Label: "get secrets", Via: []string{b.ID, role.ID}})
		}
	}
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
