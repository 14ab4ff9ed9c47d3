package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// A generator writes a corpus of about n canonical resources of one format into dir and
// returns the number of files it wrote. Each uses only resource types the adapters do not
// merge, so the count a scan reports is n; the runner checks it and reports what the scan
// saw either way. Settings alternate secure and insecure so that rules fire.
type generator func(dir string, n int) (files int, err error)

// perFile is how many resources one file (template, manifest, chart, kustomization, plan)
// holds: repositories keep a few dozen per file, not thousands.
const perFile = 50

type out struct {
	dir   string
	files int
	err   error
}

func (o *out) write(rel, data string) {
	if o.err != nil {
		return
	}
	p := filepath.Join(o.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		o.err = err
		return
	}
	o.err = os.WriteFile(p, []byte(data), 0o644)
	o.files++
}

// chunks calls f for each file's share of n resources.
func chunks(n int, f func(i, size int)) {
	for i := 0; n > 0; i++ {
		size := min(perFile, n)
		f(i, size)
		n -= size
	}
}

// cloudFormation writes YAML templates with short tags: buckets, security groups, roles,
// databases, keys and instances that refer to one another with !Ref, !GetAtt and !Sub.
func cloudFormation(dir string, n int) (int, error) {
	o := &out{dir: dir}
	chunks(n, func(t, size int) {
		var b strings.Builder
		b.WriteString("AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: bench stack\nParameters:\n  Env:\n    Type: String\n    Default: dev\nResources:\n")
		for i := 0; i < size; i++ {
			insecure := (t+i)%2 == 0
			switch i % 6 {
			case 0:
				fmt.Fprintf(&b, "  Bucket%d:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub \"${Env}-data-%d-%d\"\n", i, t, i)
				if !insecure {
					b.WriteString("      VersioningConfiguration:\n        Status: Enabled\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n")
				}
			case 1:
				cidr := "10.0.0.0/8"
				if insecure {
					cidr = "0.0.0.0/0"
				}
				fmt.Fprintf(&b, "  Group%d:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: !Sub \"${Env} web %d\"\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: %s\n", i, i, cidr)
			case 2:
				action := "s3:GetObject"
				if insecure {
					action = "\"*\""
				}
				fmt.Fprintf(&b, "  Role%d:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: \"2012-10-17\"\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service: ec2.amazonaws.com\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: app\n          PolicyDocument:\n            Version: \"2012-10-17\"\n            Statement:\n              - Effect: Allow\n                Action: %s\n                Resource: !Sub \"arn:aws:s3:::${Env}-data-%d-%d/*\"\n", i, action, t, i-2)
			case 3:
				fmt.Fprintf(&b, "  Db%d:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t3.micro\n      AllocatedStorage: \"20\"\n      StorageEncrypted: %t\n      PubliclyAccessible: %t\n      MasterUsername: app\n      ManageMasterUserPassword: true\n", i, !insecure, insecure)
			case 4:
				fmt.Fprintf(&b, "  Key%d:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: %t\n      KeyPolicy:\n        Version: \"2012-10-17\"\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: !Sub \"arn:aws:iam::${AWS::AccountId}:root\"\n            Action: kms:*\n            Resource: \"*\"\n", i, !insecure)
			case 5:
				fmt.Fprintf(&b, "  Instance%d:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-0123456789abcdef0\n      InstanceType: t3.micro\n      SecurityGroupIds:\n        - !GetAtt Group%d.GroupId\n      Monitoring: %t\n", i, i-4, !insecure)
			}
		}
		o.write(fmt.Sprintf("stacks/stack-%04d/template.yaml", t), b.String())
	})
	return o.files, o.err
}

// kubernetes writes multi-document manifests: per app a Deployment, Service, ServiceAccount,
// ConfigMap and Role (RoleBindings would be merged by nothing, but five kinds suffice).
func kubernetes(dir string, n int) (int, error) {
	o := &out{dir: dir}
	chunks(n, func(f, size int) {
		var b strings.Builder
		for i := 0; i < size; i++ {
			app := fmt.Sprintf("app-%d-%d", f, i/5)
			if i > 0 {
				b.WriteString("---\n")
			}
			b.WriteString(k8sObject(i%5, app, (f+i/5)%2 == 0))
		}
		o.write(fmt.Sprintf("manifests/ns-%03d/apps-%04d.yaml", f/20, f), b.String())
	})
	return o.files, o.err
}

// k8sObject is one object of kind k (0..4) for app; insecure draws the risky settings.
func k8sObject(k int, app string, insecure bool) string {
	switch k {
	case 0:
		image, priv := app+"-img:1.4.2", "false"
		if insecure {
			image, priv = app+"-img:latest", "true"
		}
		return fmt.Sprintf(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: %[1]s
  labels:
    app: %[1]s
spec:
  replicas: 2
  selector:
    matchLabels:
      app: %[1]s
  template:
    metadata:
      labels:
        app: %[1]s
    spec:
      serviceAccountName: %[1]s
      containers:
        - name: main
          image: registry.example.com/%[2]s
          ports:
            - containerPort: 8080
          securityContext:
            privileged: %[3]s
            runAsNonRoot: true
            allowPrivilegeEscalation: false
          resources:
            limits:
              cpu: 500m
              memory: 256Mi
`, app, image, priv)
	case 1:
		typ := "ClusterIP"
		if insecure {
			typ = "LoadBalancer"
		}
		return fmt.Sprintf("apiVersion: v1\nkind: Service\nmetadata:\n  name: %[1]s\nspec:\n  type: %[2]s\n  selector:\n    app: %[1]s\n  ports:\n    - port: 80\n      targetPort: 8080\n", app, typ)
	case 2:
		return fmt.Sprintf("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: %s\nautomountServiceAccountToken: false\n", app)
	case 3:
		return fmt.Sprintf("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s\ndata:\n  LOG_LEVEL: info\n  PORT: \"8080\"\n", app)
	default:
		verbs := `["get", "list"]`
		if insecure {
			verbs = `["*"]`
		}
		return fmt.Sprintf("apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: %s\nrules:\n  - apiGroups: [\"\"]\n    resources: [\"configmaps\"]\n    verbs: %s\n", app, verbs)
	}
}

// helm writes charts whose templates range over the apps in values.yaml, through a helper
// template, with a values override file per chart's environment.
func helm(dir string, n int) (int, error) {
	o := &out{dir: dir}
	chunks(n, func(c, size int) {
		base := fmt.Sprintf("charts/chart-%04d/", c)
		o.write(base+"Chart.yaml", fmt.Sprintf("apiVersion: v2\nname: chart-%04d\nversion: 0.1.0\nappVersion: \"1.0\"\n", c))
		var v strings.Builder
		v.WriteString("image:\n  registry: registry.example.com\napps:\n")
		apps := (size + 4) / 5
		for a := 0; a < apps; a++ {
			fmt.Fprintf(&v, "  - name: app-%d\n    tag: %q\n    privileged: %t\n    serviceType: %s\n", a, []string{"1.4.2", "latest"}[(c+a)%2], (c+a)%2 == 0, []string{"ClusterIP", "LoadBalancer"}[(c+a)%2])
		}
		o.write(base+"values.yaml", v.String())
		o.write(base+"templates/_helpers.tpl", "{{- define \"bench.labels\" -}}\napp.kubernetes.io/name: {{ .name }}\napp.kubernetes.io/managed-by: Helm\n{{- end -}}\n")
		// Each kind's template ranges over the apps; the last app may have fewer kinds so
		// that the chart renders exactly size objects.
		kinds := []string{"deployment", "service", "serviceaccount", "configmap", "role"}
		for k, kind := range kinds {
			limit := apps
			if size%5 != 0 && k >= size%5 {
				limit = apps - 1
			}
			o.write(base+"templates/"+kind+".yaml", helmTemplate(k, limit))
		}
	})
	return o.files, o.err
}

func helmTemplate(k, limit int) string {
	head := fmt.Sprintf("{{- range $i, $app := .Values.apps }}\n{{- if lt $i %d }}\n---\n", limit)
	tail := "{{- end }}\n{{- end }}\n"
	var body string
	switch k {
	case 0:
		body = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $app.name }}
  labels:
    {{- include "bench.labels" $app | nindent 4 }}
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: {{ $app.name }}
  template:
    metadata:
      labels:
        {{- include "bench.labels" $app | nindent 8 }}
    spec:
      serviceAccountName: {{ $app.name }}
      containers:
        - name: main
          image: "{{ $.Values.image.registry }}/{{ $app.name }}:{{ $app.tag }}"
          securityContext:
            privileged: {{ $app.privileged }}
            allowPrivilegeEscalation: false
          resources:
            limits:
              cpu: 500m
              memory: 256Mi
`
	case 1:
		body = `apiVersion: v1
kind: Service
metadata:
  name: {{ $app.name }}
spec:
  type: {{ $app.serviceType }}
  selector:
    app.kubernetes.io/name: {{ $app.name }}
  ports:
    - port: 80
      targetPort: 8080
`
	case 2:
		body = "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {{ $app.name }}\n"
	case 3:
		body = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ $app.name }}\ndata:\n  LOG_LEVEL: info\n"
	default:
		body = "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: {{ $app.name }}\nrules:\n  - apiGroups: [\"\"]\n    resources: [\"configmaps\"]\n    verbs: [\"get\"]\n"
	}
	return head + body + tail
}

// kustomize writes, per application, a base of manifests and a prod overlay that prefixes
// names, sets labels and patches the Deployments; only the overlays are built.
func kustomize(dir string, n int) (int, error) {
	o := &out{dir: dir}
	chunks(n, func(a, size int) {
		base := fmt.Sprintf("apps/app-%04d/", a)
		var b strings.Builder
		for i := 0; i < size; i++ {
			if i > 0 {
				b.WriteString("---\n")
			}
			b.WriteString(k8sObject(i%5, fmt.Sprintf("svc-%d", i/5), false))
		}
		o.write(base+"base/resources.yaml", b.String())
		o.write(base+"base/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - resources.yaml\n")
		o.write(base+"overlays/prod/kustomization.yaml", `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: prod
namePrefix: prod-
labels:
  - pairs:
      env: prod
resources:
  - ../../base
patches:
  - path: hostnetwork.yaml
    target:
      kind: Deployment
`)
		o.write(base+"overlays/prod/hostnetwork.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: any\nspec:\n  template:\n    spec:\n      hostNetwork: true\n")
	})
	return o.files, o.err
}

// dockerfiles writes one multi-stage Dockerfile per resource (a Dockerfile is one resource).
func dockerfiles(dir string, n int) (int, error) {
	o := &out{dir: dir}
	for i := 0; i < n; i++ {
		base, user := "golang:1.23.4-bookworm@sha256:"+strings.Repeat("ab", 32), "USER 65532:65532\n"
		if i%2 == 0 {
			base, user = "golang:latest", ""
		}
		o.write(fmt.Sprintf("services/svc-%05d/Dockerfile", i), fmt.Sprintf(`# syntax=docker/dockerfile:1
ARG VERSION=1.0.%[1]d
FROM %[2]s AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags "-X main.version=${VERSION}" -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/app /app
EXPOSE 8080
HEALTHCHECK --interval=30s CMD ["/app", "health"]
%[3]sENTRYPOINT ["/app"]
`, i, base, user))
	}
	return o.files, o.err
}

// plans writes plan JSON files in terraform show -json's shape (format 1.2), pretty-printed:
// planned_values, resource_changes and configuration with expressions and references.
func plans(dir string, n int) (int, error) {
	o := &out{dir: dir}
	chunks(n, func(p, size int) {
		var planned, changes, config []any
		for i := 0; i < size; i++ {
			typ, name, values, exprs := planResource(p, i)
			addr := typ + "." + name
			planned = append(planned, map[string]any{"address": addr, "mode": "managed", "type": typ, "name": name,
				"provider_name": "registry.terraform.io/hashicorp/aws", "schema_version": 0, "values": values, "sensitive_values": map[string]any{}})
			changes = append(changes, map[string]any{"address": addr, "mode": "managed", "type": typ, "name": name,
				"provider_name": "registry.terraform.io/hashicorp/aws",
				"change": map[string]any{"actions": []string{"create"}, "before": nil, "after": values,
					"after_unknown": map[string]any{"id": true, "arn": true}, "before_sensitive": false, "after_sensitive": map[string]any{}}})
			config = append(config, map[string]any{"address": addr, "mode": "managed", "type": typ, "name": name,
				"provider_config_key": "aws", "expressions": exprs, "schema_version": 0})
		}
		// A struct keeps Terraform's order of the top-level keys, which format detection reads.
		doc := struct {
			FormatVersion    string         `json:"format_version"`
			TerraformVersion string         `json:"terraform_version"`
			PlannedValues    map[string]any `json:"planned_values"`
			ResourceChanges  []any          `json:"resource_changes"`
			Configuration    map[string]any `json:"configuration"`
		}{
			"1.2", "1.11.4",
			map[string]any{"root_module": map[string]any{"resources": planned}},
			changes,
			map[string]any{"provider_config": map[string]any{"aws": map[string]any{"name": "aws", "full_name": "registry.terraform.io/hashicorp/aws"}},
				"root_module": map[string]any{"resources": config}},
		}
		data, err := json.MarshalIndent(doc, "", "  ")
		if err != nil {
			o.err = err
			return
		}
		o.write(fmt.Sprintf("plans/plan-%04d.json", p), string(data)+"\n")
	})
	return o.files, o.err
}

// planResource is the i-th resource of plan p: its type, name, planned values and the
// configuration's expressions (constants, and references to the group an instance uses).
func planResource(p, i int) (typ, name string, values, exprs map[string]any) {
	insecure := (p+i)%2 == 0
	c := func(v any) map[string]any { return map[string]any{"constant_value": v} }
	switch i % 5 {
	case 0:
		typ, name = "aws_s3_bucket", fmt.Sprintf("data_%d", i)
		values = map[string]any{"bucket": fmt.Sprintf("bench-%d-%d", p, i), "force_destroy": false}
		exprs = map[string]any{"bucket": c(values["bucket"])}
	case 1:
		typ, name = "aws_security_group", fmt.Sprintf("web_%d", i)
		cidr := "10.0.0.0/8"
		if insecure {
			cidr = "0.0.0.0/0"
		}
		rule := map[string]any{"cidr_blocks": []any{cidr}, "description": "ssh", "from_port": 22, "to_port": 22, "protocol": "tcp",
			"ipv6_cidr_blocks": []any{}, "prefix_list_ids": []any{}, "security_groups": []any{}, "self": false}
		values = map[string]any{"name": name, "description": "web", "ingress": []any{rule}, "revoke_rules_on_delete": false}
		exprs = map[string]any{"name": c(name), "description": c("web"), "ingress": c([]any{rule})}
	case 2:
		typ, name = "aws_instance", fmt.Sprintf("app_%d", i)
		values = map[string]any{"ami": "ami-0123456789abcdef0", "instance_type": "t3.micro", "monitoring": !insecure,
			"metadata_options": []any{map[string]any{"http_tokens": map[bool]string{true: "optional", false: "required"}[insecure], "http_endpoint": "enabled"}}}
		exprs = map[string]any{"ami": c("ami-0123456789abcdef0"), "instance_type": c("t3.micro"), "monitoring": c(!insecure),
			"vpc_security_group_ids": map[string]any{"references": []any{fmt.Sprintf("aws_security_group.web_%d.id", i-1), fmt.Sprintf("aws_security_group.web_%d", i-1)}}}
	case 3:
		typ, name = "aws_db_instance", fmt.Sprintf("db_%d", i)
		values = map[string]any{"engine": "postgres", "instance_class": "db.t3.micro", "allocated_storage": 20,
			"storage_encrypted": !insecure, "publicly_accessible": insecure, "backup_retention_period": 7}
		exprs = map[string]any{"engine": c("postgres"), "storage_encrypted": c(!insecure), "publicly_accessible": c(insecure)}
	default:
		typ, name = "aws_kms_key", fmt.Sprintf("key_%d", i)
		values = map[string]any{"enable_key_rotation": !insecure, "deletion_window_in_days": 30}
		exprs = map[string]any{"enable_key_rotation": c(!insecure)}
	}
	return typ, name, values, exprs
}
