package kubernetes

import (
	"reflect"
	"strings"
)

// StripDefaults removes from obj, a Kubernetes object as the API server returns it, the
// values the server filled in that a manifest usually leaves out: the defaults of the API
// types, values that admission plugins and allocators add, and labels and selectors the
// server generates. A value is removed only when it equals what the server would have put
// there, so a manifest that wrote, say, imagePullPolicy: Always for an image tagged 1.2 keeps
// it. obj is changed in place; StripDefaults is idempotent.
//
// Run it on both sides of a comparison: a manifest that spelled out a default
// (restartPolicy: Always) loses it too, so the two agree.
//
// What is removed, by kind:
//   - every template's metadata (pod and job templates) when it holds only the
//     creationTimestamp: null the server writes;
//   - every pod template (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet,
//     ReplicationController, Job, CronJob): see stripPodSpec and stripContainer;
//   - Deployment: replicas 1, revisionHistoryLimit 10, progressDeadlineSeconds 600,
//     strategy RollingUpdate 25%/25%, the deployment.kubernetes.io/revision annotation;
//   - StatefulSet: replicas 1, revisionHistoryLimit 10, podManagementPolicy OrderedReady,
//     updateStrategy RollingUpdate partition 0, persistentVolumeClaimRetentionPolicy
//     Retain/Retain, and in volumeClaimTemplates their apiVersion, kind, status and
//     volumeMode Filesystem;
//   - DaemonSet: the deprecated.daemonset.template.generation annotation,
//     revisionHistoryLimit 10, updateStrategy RollingUpdate maxSurge 0
//     maxUnavailable 1;
//   - ReplicaSet, ReplicationController: replicas 1; an RC's labels when they are its
//     template's (the server copies them to an RC that has none);
//   - Job: backoffLimit 6, completions 1, parallelism 1, completionMode NonIndexed,
//     suspend false, manualSelector false, podReplacementPolicy TerminatingOrFailed, and
//     unless manualSelector is true the generated selector and the controller-uid and
//     job-name labels of the Job and its pods;
//   - CronJob: concurrencyPolicy Allow, suspend false, successfulJobsHistoryLimit 3,
//     failedJobsHistoryLimit 1;
//   - Service: the allocated clusterIP and clusterIPs (kept when "None"), nodePort and
//     healthCheckNodePort, type ClusterIP, sessionAffinity None (and ClientIP's timeout of
//     10800 s), ipFamilies and ipFamilyPolicy SingleStack, internalTrafficPolicy and
//     externalTrafficPolicy Cluster, allocateLoadBalancerNodePorts true, a port's protocol
//     TCP and a targetPort equal to its port;
//   - Namespace: spec.finalizers [kubernetes] and the kubernetes.io/metadata.name label;
//   - RoleBinding, ClusterRoleBinding: a User or Group subject's apiGroup
//     rbac.authorization.k8s.io;
//   - NetworkPolicy: policyTypes when it equals what the server derives from the rules
//     (Ingress, plus Egress when there are egress rules).
//
// Maps that only held removed values are removed too.
func StripDefaults(obj map[string]any) {
	kind, _ := obj["kind"].(string)
	spec, _ := obj["spec"].(map[string]any)
	if tmpl, ok := podTemplate(kind, obj); ok {
		stripPodTemplate(kind, tmpl)
	}
	stripTemplateMetadata(obj)
	switch kind {
	case "Deployment":
		dropAnnotation(obj, "deployment.kubernetes.io/revision")
		dropEq(spec, "replicas", 1)
		dropEq(spec, "revisionHistoryLimit", 10)
		dropEq(spec, "progressDeadlineSeconds", 600)
		stripRollingUpdate(spec, "strategy", map[string]any{"maxSurge": "25%", "maxUnavailable": "25%"})
	case "StatefulSet":
		dropEq(spec, "replicas", 1)
		dropEq(spec, "revisionHistoryLimit", 10)
		dropEq(spec, "podManagementPolicy", "OrderedReady")
		stripRollingUpdate(spec, "updateStrategy", map[string]any{"partition": 0})
		if p, ok := spec["persistentVolumeClaimRetentionPolicy"].(map[string]any); ok {
			dropEq(p, "whenDeleted", "Retain")
			dropEq(p, "whenScaled", "Retain")
			dropEmpty(spec, "persistentVolumeClaimRetentionPolicy")
		}
		for _, t := range listOfMaps(spec["volumeClaimTemplates"]) {
			dropEq(t, "apiVersion", "v1")
			dropEq(t, "kind", "PersistentVolumeClaim")
			delete(t, "status")
			if md, ok := t["metadata"].(map[string]any); ok {
				delete(md, "creationTimestamp")
			}
			if s, ok := t["spec"].(map[string]any); ok {
				dropEq(s, "volumeMode", "Filesystem")
			}
		}
	case "DaemonSet":
		dropAnnotation(obj, "deprecated.daemonset.template.generation")
		dropEq(spec, "revisionHistoryLimit", 10)
		stripRollingUpdate(spec, "updateStrategy", map[string]any{"maxSurge": 0, "maxUnavailable": 1})
	case "ReplicaSet":
		dropEq(spec, "replicas", 1)
	case "ReplicationController":
		dropEq(spec, "replicas", 1)
		// An RC without labels gets its template's.
		md, _ := obj["metadata"].(map[string]any)
		if tmd, ok := pathMap(obj, "spec", "template", "metadata"); ok && md != nil && md["labels"] != nil &&
			reflect.DeepEqual(md["labels"], tmd["labels"]) {
			delete(md, "labels")
		}
	case "Job":
		if spec["manualSelector"] != true {
			if md, ok := obj["metadata"].(map[string]any); ok {
				if labels, ok := md["labels"].(map[string]any); ok {
					for _, l := range jobGeneratedLabels {
						delete(labels, l)
					}
					dropEmpty(md, "labels")
				}
			}
		}
		stripJobSpec(spec)
	case "CronJob":
		dropEq(spec, "concurrencyPolicy", "Allow")
		dropEq(spec, "suspend", false)
		dropEq(spec, "successfulJobsHistoryLimit", 3)
		dropEq(spec, "failedJobsHistoryLimit", 1)
	case "Service":
		stripServiceSpec(spec)
	case "Namespace":
		if fs, ok := spec["finalizers"].([]any); ok && len(fs) == 1 && fs[0] == "kubernetes" {
			delete(spec, "finalizers")
		}
		if md, ok := obj["metadata"].(map[string]any); ok {
			if labels, ok := md["labels"].(map[string]any); ok && md["name"] != nil {
				dropEq(labels, "kubernetes.io/metadata.name", md["name"])
				dropEmpty(md, "labels")
			}
		}
	case "RoleBinding", "ClusterRoleBinding":
		for _, s := range listOfMaps(obj["subjects"]) {
			if s["kind"] == "User" || s["kind"] == "Group" {
				dropEq(s, "apiGroup", "rbac.authorization.k8s.io")
			}
		}
	case "NetworkPolicy":
		stripPolicyTypes(spec)
	}
	if spec != nil {
		dropEmpty(obj, "spec")
	}
}

// templateMetadata are where workloads keep object metadata inside their spec.
var templateMetadata = [][]string{
	{"spec", "template"},
	{"spec", "jobTemplate"},
	{"spec", "jobTemplate", "spec", "template"},
}

// stripTemplateMetadata removes the creationTimestamp: null the server writes into every
// template's metadata, and the metadata when nothing else is left in it.
func stripTemplateMetadata(obj map[string]any) {
	for _, p := range templateMetadata {
		if t, ok := pathMap(obj, p...); ok {
			if md, ok := t["metadata"].(map[string]any); ok {
				if ts, ok := md["creationTimestamp"]; ok && ts == nil {
					delete(md, "creationTimestamp")
				}
				dropEmpty(t, "metadata")
			}
		}
	}
}

// stripRollingUpdate removes a strategy of type RollingUpdate whose parameters are the
// defaults given, field by field.
func stripRollingUpdate(spec map[string]any, field string, defaults map[string]any) {
	s, ok := spec[field].(map[string]any)
	if !ok {
		return
	}
	dropEq(s, "type", "RollingUpdate")
	if ru, ok := s["rollingUpdate"].(map[string]any); ok {
		for k, v := range defaults {
			dropEq(ru, k, v)
		}
		dropEmpty(s, "rollingUpdate")
	}
	dropEmpty(spec, field)
}

// jobGeneratedLabels are the labels the Job controller's API strategy puts on the pods
// (and in the selector) of a Job that does not choose its own selector.
var jobGeneratedLabels = []string{"batch.kubernetes.io/controller-uid", "batch.kubernetes.io/job-name", "controller-uid", "job-name"}

func stripJobSpec(spec map[string]any) {
	if spec == nil {
		return
	}
	dropEq(spec, "backoffLimit", 6)
	dropEq(spec, "completions", 1)
	dropEq(spec, "parallelism", 1)
	dropEq(spec, "completionMode", "NonIndexed")
	dropEq(spec, "suspend", false)
	dropEq(spec, "manualSelector", false)
	if spec["podFailurePolicy"] == nil {
		dropEq(spec, "podReplacementPolicy", "TerminatingOrFailed")
	} else {
		dropEq(spec, "podReplacementPolicy", "Failed")
	}
	if spec["manualSelector"] == true {
		return
	}
	if sel, ok := spec["selector"].(map[string]any); ok {
		if ml, ok := sel["matchLabels"].(map[string]any); ok && len(sel) == 1 {
			generated := true
			for k := range ml {
				generated = generated && (k == "batch.kubernetes.io/controller-uid" || k == "controller-uid")
			}
			if generated {
				delete(spec, "selector")
			}
		}
	}
	if md, ok := pathMap(spec, "template", "metadata"); ok {
		if labels, ok := md["labels"].(map[string]any); ok {
			for _, l := range jobGeneratedLabels {
				delete(labels, l)
			}
			dropEmpty(md, "labels")
		}
		dropEmpty(spec["template"].(map[string]any), "metadata")
	}
}

func stripServiceSpec(spec map[string]any) {
	if spec == nil {
		return
	}
	if spec["clusterIP"] != "None" {
		delete(spec, "clusterIP")
		delete(spec, "clusterIPs")
	} else if ips, ok := spec["clusterIPs"].([]any); ok && len(ips) == 1 && ips[0] == "None" {
		delete(spec, "clusterIPs")
	}
	dropEq(spec, "type", "ClusterIP")
	dropEq(spec, "sessionAffinity", "None")
	if c, ok := pathMap(spec, "sessionAffinityConfig", "clientIP"); ok {
		dropEq(c, "timeoutSeconds", 10800)
		dropEmpty(spec["sessionAffinityConfig"].(map[string]any), "clientIP")
		dropEmpty(spec, "sessionAffinityConfig")
	}
	if spec["ipFamilyPolicy"] == "SingleStack" {
		if fams, ok := spec["ipFamilies"].([]any); ok && len(fams) == 1 {
			delete(spec, "ipFamilies")
		}
		delete(spec, "ipFamilyPolicy")
	}
	dropEq(spec, "internalTrafficPolicy", "Cluster")
	dropEq(spec, "externalTrafficPolicy", "Cluster")
	dropEq(spec, "allocateLoadBalancerNodePorts", true)
	delete(spec, "healthCheckNodePort")
	for _, p := range listOfMaps(spec["ports"]) {
		dropEq(p, "protocol", "TCP")
		delete(p, "nodePort")
		if p["targetPort"] != nil && numEqual(p["targetPort"], p["port"]) {
			delete(p, "targetPort")
		}
	}
}

func stripPolicyTypes(spec map[string]any) {
	types, ok := spec["policyTypes"].([]any)
	if !ok {
		return
	}
	want := []any{"Ingress"}
	if eg, ok := spec["egress"].([]any); ok && len(eg) > 0 {
		want = append(want, "Egress")
	}
	if len(types) != len(want) {
		return
	}
	for i := range types {
		if types[i] != want[i] {
			return
		}
	}
	delete(spec, "policyTypes")
}

// podTemplate returns the pod template (an object with metadata and spec) of a workload.
func podTemplate(kind string, obj map[string]any) (map[string]any, bool) {
	switch kind {
	case "Pod":
		return obj, true
	case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job":
		return pathMap(obj, "spec", "template")
	case "CronJob":
		return pathMap(obj, "spec", "jobTemplate", "spec", "template")
	}
	return nil, false
}

// stripPodTemplate removes the defaults of a pod template's spec.
func stripPodTemplate(kind string, tmpl map[string]any) {
	spec, ok := tmpl["spec"].(map[string]any)
	if !ok {
		return
	}
	dropEq(spec, "dnsPolicy", "ClusterFirst")
	if kind != "Job" && kind != "CronJob" { // a Job's pods must name their restart policy
		dropEq(spec, "restartPolicy", "Always")
	}
	dropEq(spec, "terminationGracePeriodSeconds", 30)
	dropEq(spec, "schedulerName", "default-scheduler")
	dropEq(spec, "enableServiceLinks", true)
	dropEmpty(spec, "securityContext")
	if spec["serviceAccount"] != nil && spec["serviceAccount"] == spec["serviceAccountName"] {
		delete(spec, "serviceAccount")
	}
	if kind == "Pod" {
		stripPodAdmission(spec)
	}
	for _, field := range []string{"initContainers", "containers", "ephemeralContainers"} {
		for _, c := range listOfMaps(spec[field]) {
			stripContainer(c)
		}
	}
	for _, v := range listOfMaps(spec["volumes"]) {
		for _, src := range []string{"secret", "configMap", "projected", "downwardAPI"} {
			if m, ok := v[src].(map[string]any); ok {
				dropEq(m, "defaultMode", 420)
				for _, item := range listOfMaps(m["items"]) {
					stripFieldRef(item)
				}
			}
		}
		if hp, ok := v["hostPath"].(map[string]any); ok {
			dropEq(hp, "type", "")
		}
	}
}

// stripPodAdmission removes what admission plugins add to a Pod (not to templates): the
// priority of the default priority class, the DefaultTolerationSeconds tolerations, and
// the service-account token volume (kube-api-access-*) with its mounts.
func stripPodAdmission(spec map[string]any) {
	dropEq(spec, "priority", 0)
	dropEq(spec, "preemptionPolicy", "PreemptLowerPriority")
	if ts, ok := spec["tolerations"].([]any); ok {
		kept := ts[:0:0]
		for _, t := range ts {
			m, _ := t.(map[string]any)
			if m != nil && m["operator"] == "Exists" && m["effect"] == "NoExecute" && numEqual(m["tolerationSeconds"], 300) &&
				(m["key"] == "node.kubernetes.io/not-ready" || m["key"] == "node.kubernetes.io/unreachable") {
				continue
			}
			kept = append(kept, t)
		}
		spec["tolerations"] = kept
		dropEmpty(spec, "tolerations")
	}
	var token string
	if vs, ok := spec["volumes"].([]any); ok {
		kept := vs[:0:0]
		for _, v := range vs {
			m, _ := v.(map[string]any)
			if name, _ := m["name"].(string); strings.HasPrefix(name, "kube-api-access-") && m["projected"] != nil {
				token = name
				continue
			}
			kept = append(kept, v)
		}
		spec["volumes"] = kept
		dropEmpty(spec, "volumes")
	}
	if token == "" {
		return
	}
	for _, field := range []string{"initContainers", "containers", "ephemeralContainers"} {
		for _, c := range listOfMaps(spec[field]) {
			if ms, ok := c["volumeMounts"].([]any); ok {
				kept := ms[:0:0]
				for _, mt := range ms {
					if m, _ := mt.(map[string]any); m != nil && m["name"] == token {
						continue
					}
					kept = append(kept, mt)
				}
				c["volumeMounts"] = kept
				dropEmpty(c, "volumeMounts")
			}
		}
	}
}

// stripContainer removes a container's defaults.
func stripContainer(c map[string]any) {
	dropEq(c, "terminationMessagePath", "/dev/termination-log")
	dropEq(c, "terminationMessagePolicy", "File")
	if image, ok := c["image"].(string); ok {
		dropEq(c, "imagePullPolicy", defaultPullPolicy(image))
	}
	dropEmpty(c, "resources")
	for _, p := range listOfMaps(c["ports"]) {
		dropEq(p, "protocol", "TCP")
	}
	for _, probe := range []string{"livenessProbe", "readinessProbe", "startupProbe"} {
		if p, ok := c[probe].(map[string]any); ok {
			dropEq(p, "timeoutSeconds", 1)
			dropEq(p, "periodSeconds", 10)
			dropEq(p, "successThreshold", 1)
			dropEq(p, "failureThreshold", 3)
			stripHandler(p)
		}
	}
	if lc, ok := c["lifecycle"].(map[string]any); ok {
		for _, h := range []string{"postStart", "preStop"} {
			if m, ok := lc[h].(map[string]any); ok {
				stripHandler(m)
			}
		}
	}
	for _, e := range listOfMaps(c["env"]) {
		if vf, ok := e["valueFrom"].(map[string]any); ok {
			stripFieldRef(vf)
		}
	}
}

func stripHandler(h map[string]any) {
	if g, ok := h["httpGet"].(map[string]any); ok {
		dropEq(g, "scheme", "HTTP")
	}
}

func stripFieldRef(m map[string]any) {
	if fr, ok := m["fieldRef"].(map[string]any); ok {
		dropEq(fr, "apiVersion", "v1")
	}
}

// defaultPullPolicy is the imagePullPolicy the API server gives a container that names
// none: Always for an image tagged latest or with neither tag nor digest, IfNotPresent
// otherwise (a digest alone pins the image).
func defaultPullPolicy(image string) string {
	name, digest, _ := strings.Cut(image, "@")
	last := name[strings.LastIndexByte(name, '/')+1:]
	tag := ""
	if i := strings.LastIndexByte(last, ':'); i >= 0 {
		tag = last[i+1:]
	}
	if tag == "latest" || (tag == "" && digest == "") {
		return "Always"
	}
	return "IfNotPresent"
}

func dropAnnotation(obj map[string]any, name string) {
	md, _ := obj["metadata"].(map[string]any)
	if ann, ok := md["annotations"].(map[string]any); ok {
		delete(ann, name)
		dropEmpty(md, "annotations")
	}
}

// dropEq removes m[key] when it equals want (numbers compared by value).
func dropEq(m map[string]any, key string, want any) {
	if m == nil {
		return
	}
	v, ok := m[key]
	if !ok {
		return
	}
	if v == want || numEqual(v, want) {
		delete(m, key)
	}
}

// dropEmpty removes m[key] when it is an empty map or list.
func dropEmpty(m map[string]any, key string) {
	switch v := m[key].(type) {
	case map[string]any:
		if len(v) == 0 {
			delete(m, key)
		}
	case []any:
		if len(v) == 0 {
			delete(m, key)
		}
	}
}

func numEqual(a, b any) bool {
	x, ok1 := toFloat(a)
	y, ok2 := toFloat(b)
	return ok1 && ok2 && x == y
}

func toFloat(v any) (float64, bool) {
	switch n := v.(type) {
	case int:
		return float64(n), true
	case int32:
		return float64(n), true
	case int64:
		return float64(n), true
	case float64:
		return n, true
	}
	return 0, false
}

func pathMap(m map[string]any, keys ...string) (map[string]any, bool) {
	cur := m
	for _, k := range keys {
		next, ok := cur[k].(map[string]any)
		if !ok {
			return nil, false
		}
		cur = next
	}
	return cur, true
}

func listOfMaps(v any) []map[string]any {
	l, _ := v.([]any)
	out := make([]map[string]any, 0, len(l))
	for _, e := range l {
		if m, ok := e.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}
