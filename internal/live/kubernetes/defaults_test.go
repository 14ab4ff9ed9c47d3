package kubernetes

import (
	"encoding/json"
	"testing"

	"sigs.k8s.io/yaml"
)

func TestDefaultPullPolicy(t *testing.T) {
	for image, want := range map[string]string{
		"nginx":                         "Always",
		"nginx:latest":                  "Always",
		"nginx:1.27":                    "IfNotPresent",
		"localhost:5000/app":            "Always",
		"localhost:5000/app:v2":         "IfNotPresent",
		"registry.example.com/a/b:tag":  "IfNotPresent",
		"nginx@sha256:abcd":             "IfNotPresent",
		"nginx:latest@sha256:abcd":      "Always",
		"registry.example.com:443/team": "Always",
	} {
		if got := defaultPullPolicy(image); got != want {
			t.Errorf("defaultPullPolicy(%q) = %s, want %s", image, got, want)
		}
	}
}

// TestStripDefaults: values equal to the server's defaults go, others stay, and maps left
// empty go with them.
func TestStripDefaults(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"container defaults go, choices stay", `
kind: Pod
spec:
  dnsPolicy: ClusterFirst
  restartPolicy: Always
  securityContext: {}
  terminationGracePeriodSeconds: 30
  containers:
    - name: a
      image: nginx:1.27
      imagePullPolicy: IfNotPresent
      terminationMessagePath: /dev/termination-log
      terminationMessagePolicy: File
      resources: {}
      ports: [{containerPort: 80, protocol: TCP}, {containerPort: 53, protocol: UDP}]
    - name: b
      image: nginx
      imagePullPolicy: IfNotPresent
      readinessProbe: {httpGet: {port: 80, scheme: HTTP}, timeoutSeconds: 1, periodSeconds: 5}
`, `
kind: Pod
spec:
  containers:
    - name: a
      image: nginx:1.27
      ports: [{containerPort: 80}, {containerPort: 53, protocol: UDP}]
    - name: b
      image: nginx
      imagePullPolicy: IfNotPresent
      readinessProbe: {httpGet: {port: 80}, periodSeconds: 5}
`},
		{"a Job keeps its restart policy and loses what the server generates", `
kind: Job
metadata:
  name: m
  labels: {job-name: m, controller-uid: u, batch.kubernetes.io/job-name: m, batch.kubernetes.io/controller-uid: u, team: x}
spec:
  backoffLimit: 6
  completions: 1
  parallelism: 1
  completionMode: NonIndexed
  suspend: false
  manualSelector: false
  podReplacementPolicy: TerminatingOrFailed
  selector: {matchLabels: {batch.kubernetes.io/controller-uid: u}}
  template:
    metadata:
      creationTimestamp: null
      labels: {job-name: m, controller-uid: u, batch.kubernetes.io/job-name: m, batch.kubernetes.io/controller-uid: u}
    spec:
      restartPolicy: Never
      containers: [{name: a, image: busybox, imagePullPolicy: Always}]
`, `
kind: Job
metadata:
  name: m
  labels: {team: x}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: a, image: busybox}]
`},
		{"allocated and defaulted service fields go", `
kind: Service
spec:
  type: NodePort
  clusterIP: 10.0.0.12
  clusterIPs: [10.0.0.12]
  ipFamilies: [IPv4]
  ipFamilyPolicy: SingleStack
  sessionAffinity: None
  internalTrafficPolicy: Cluster
  externalTrafficPolicy: Cluster
  ports: [{port: 80, targetPort: 80, nodePort: 30080, protocol: TCP}, {port: 443, targetPort: https}]
`, `
kind: Service
spec:
  type: NodePort
  ports: [{port: 80}, {port: 443, targetPort: https}]
`},
		{"a headless service keeps clusterIP None", `
kind: Service
spec: {clusterIP: None, clusterIPs: [None], type: ClusterIP}
`, `
kind: Service
spec: {clusterIP: None}
`},
		{"deployment strategy: only the defaults go", `
kind: Deployment
spec:
  replicas: 1
  revisionHistoryLimit: 10
  progressDeadlineSeconds: 600
  strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 1, maxUnavailable: 25%}}
`, `
kind: Deployment
spec:
  strategy: {rollingUpdate: {maxSurge: 1}}
`},
		{"network policy types the server derived go; chosen ones stay", `
kind: NetworkPolicy
spec: {podSelector: {}, egress: [{}], policyTypes: [Ingress, Egress]}
`, `
kind: NetworkPolicy
spec: {podSelector: {}, egress: [{}]}
`},
		{"network policy that chose egress only", `
kind: NetworkPolicy
spec: {podSelector: {}, policyTypes: [Egress]}
`, `
kind: NetworkPolicy
spec: {podSelector: {}, policyTypes: [Egress]}
`},
		{"namespace", `
kind: Namespace
metadata: {name: shop, labels: {kubernetes.io/metadata.name: shop}}
spec: {finalizers: [kubernetes]}
`, `
kind: Namespace
metadata: {name: shop}
`},
		{"admission's pod additions go", `
kind: Pod
spec:
  priority: 0
  preemptionPolicy: PreemptLowerPriority
  serviceAccountName: default
  serviceAccount: default
  tolerations:
    - {key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: 300}
    - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 300}
    - {key: dedicated, operator: Equal, value: gpu}
  volumes: [{name: kube-api-access-x7z, projected: {sources: []}}]
  containers:
    - name: a
      image: a:1
      volumeMounts: [{name: kube-api-access-x7z, mountPath: /var/run/secrets/kubernetes.io/serviceaccount}]
`, `
kind: Pod
spec:
  serviceAccountName: default
  tolerations: [{key: dedicated, operator: Equal, value: gpu}]
  containers: [{name: a, image: a:1}]
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			obj, want := yamlMap(t, tt.in), yamlMap(t, tt.want)
			StripDefaults(obj)
			if g, w := jsonOf(obj), jsonOf(want); g != w {
				t.Errorf("got  %s\nwant %s", g, w)
			}
			StripDefaults(obj)
			if g, w := jsonOf(obj), jsonOf(want); g != w {
				t.Errorf("not idempotent: second pass gave %s", g)
			}
		})
	}
}

func yamlMap(t *testing.T, s string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := yaml.Unmarshal([]byte(s), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
