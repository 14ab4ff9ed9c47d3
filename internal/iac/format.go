package iac

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
)

// Format is an infrastructure-as-code format.
type Format string

// The formats Plumb reads.
const (
	Terraform      Format = "terraform"
	TerraformPlan  Format = "tfplan"
	TerraformState Format = "tfstate"
	CloudFormation Format = "cloudformation"
	Kubernetes     Format = "kubernetes"
	Helm           Format = "helm"
	Kustomize      Format = "kustomize"
	Dockerfile     Format = "dockerfile"
)

// Formats lists every format, in the order --type documents them.
func Formats() []Format {
	return []Format{Terraform, TerraformPlan, TerraformState, CloudFormation, Kubernetes, Helm, Kustomize, Dockerfile}
}

func (f Format) String() string { return string(f) }

// ParseFormat reads a --type value.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats() {
		if strings.EqualFold(s, string(f)) {
			return f, nil
		}
	}
	names := make([]string, 0, len(Formats()))
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return "", fmt.Errorf("unknown type %q (want one of %s)", s, strings.Join(names, ", "))
}

// Result is what a loader produced from its files.
type Result struct {
	Resources   []*resource.Resource
	Diagnostics resource.Diagnostics
	// Files lists every file read, relative to the scan root.
	Files []string
}

// Merge appends other to r.
func (r *Result) Merge(other *Result) {
	if other == nil {
		return
	}
	r.Resources = append(r.Resources, other.Resources...)
	r.Diagnostics = append(r.Diagnostics, other.Diagnostics...)
	r.Files = append(r.Files, other.Files...)
}

// HeadSize is how much of a file Detect needs to see.
const HeadSize = 8 << 10

// Detect says which format a single file is in, from its name and its first HeadSize bytes,
// or "" when it is none Plumb reads. Directory formats (Helm charts, Kustomize overlays,
// Terraform modules) are recognised by their marker files: Chart.yaml, kustomization.yaml
// and .tf files.
func Detect(path string, head []byte) Format {
	base := filepath.Base(path)
	lower := strings.ToLower(base)
	switch {
	case strings.HasSuffix(lower, ".tf") || strings.HasSuffix(lower, ".tf.json"):
		return Terraform
	case strings.HasSuffix(lower, ".tfstate"):
		return TerraformState
	case lower == "chart.yaml" || lower == "chart.yml":
		return Helm
	case lower == "kustomization.yaml" || lower == "kustomization.yml" || lower == "kustomization":
		return Kustomize
	case lower == "dockerfile" || strings.HasPrefix(lower, "dockerfile.") || strings.HasSuffix(lower, ".dockerfile") ||
		strings.HasSuffix(lower, ".containerfile") || lower == "containerfile":
		return Dockerfile
	}
	ext := strings.ToLower(filepath.Ext(base))
	switch ext {
	case ".json":
		return detectJSON(head)
	case ".yaml", ".yml", ".template":
		return detectYAML(head)
	}
	return ""
}

func detectJSON(head []byte) Format {
	switch {
	case bytes.Contains(head, []byte(`"AWSTemplateFormatVersion"`)) || cfnResourceTypes(head):
		return CloudFormation
	case bytes.Contains(head, []byte(`"planned_values"`)) || bytes.Contains(head, []byte(`"resource_changes"`)) ||
		// terraform show -json writes format_version and terraform_version first; a large
		// variables section can push planned_values past the head.
		bytes.Contains(head, []byte(`"format_version"`)) && bytes.Contains(head, []byte(`"terraform_version"`)) &&
			!bytes.Contains(head, []byte(`"lineage"`)) && !bytes.Contains(head, []byte(`"values"`)):
		return TerraformPlan
	case bytes.Contains(head, []byte(`"terraform_version"`)) && bytes.Contains(head, []byte(`"lineage"`)):
		return TerraformState
	case bytes.Contains(head, []byte(`"apiVersion"`)) && bytes.Contains(head, []byte(`"kind"`)):
		return Kubernetes
	}
	return ""
}

func detectYAML(head []byte) Format {
	switch {
	case bytes.Contains(head, []byte("AWSTemplateFormatVersion")) || cfnResourceTypes(head) ||
		bytes.Contains(head, []byte("AWS::Serverless-")):
		return CloudFormation
	case hasLinePrefix(head, "apiVersion:") && hasLinePrefix(head, "kind:"):
		return Kubernetes
	}
	return ""
}

// cfnResourceTypes recognises a template without AWSTemplateFormatVersion by its resource
// types.
func cfnResourceTypes(head []byte) bool {
	return bytes.Contains(head, []byte("Resources")) &&
		(bytes.Contains(head, []byte("Type: AWS::")) || bytes.Contains(head, []byte(`"Type": "AWS::`)) ||
			bytes.Contains(head, []byte("Type: 'AWS::")) || bytes.Contains(head, []byte(`Type: "AWS::`)))
}

func hasLinePrefix(head []byte, prefix string) bool {
	for _, line := range bytes.Split(head, []byte("\n")) {
		if bytes.HasPrefix(bytes.TrimLeft(line, " -"), []byte(prefix)) {
			return true
		}
	}
	return false
}
