package iac

import "testing"

func TestDetect(t *testing.T) {
	tests := []struct {
		name, head string
		want       Format
	}{
		{"main.tf", "", Terraform},
		{"x.tf.json", "{}", Terraform},
		{"Chart.yaml", "apiVersion: v2", Helm},
		{"kustomization.yaml", "resources: []", Kustomize},
		{"Dockerfile", "FROM alpine", Dockerfile},
		{"api.Dockerfile", "FROM alpine", Dockerfile},
		{"Dockerfile.prod", "FROM alpine", Dockerfile},
		{"template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}", CloudFormation},
		{"sam.yml", "Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function", CloudFormation},
		{"stack.json", `{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}`, CloudFormation},
		{"deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\n", Kubernetes},
		{"multi.yaml", "---\n# c\napiVersion: v1\nkind: Service\n", Kubernetes},
		{"list.json", `{"apiVersion": "v1", "kind": "List", "items": []}`, Kubernetes},
		{"plan.json", `{"format_version":"1.2","planned_values":{}}`, TerraformPlan},
		{"big-plan.json", `{"format_version":"1.2","terraform_version":"1.11.4","variables":{"a":{"value":"`, TerraformPlan},
		{"terraform.tfstate.json", `{"version":4,"terraform_version":"1.6.0","serial":1,"lineage":"x"}`, TerraformState},
		{"terraform.tfstate", "{}", TerraformState},
		{"values.yaml", "replicaCount: 1\n", ""},
		{"package.json", `{"name": "x"}`, ""},
		{"README.md", "# hi", ""},
	}
	for _, tt := range tests {
		if got := Detect(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("Detect(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
