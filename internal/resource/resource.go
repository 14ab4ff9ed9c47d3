package resource

import (
	"fmt"
	"sort"
)

// Origin names the source and loader that produced a resource.
type Origin string

// The origins Plumb knows. New loaders add theirs here so that the set stays closed.
const (
	OriginTerraform      Origin = "terraform"
	OriginCloudFormation Origin = "cloudformation"
	OriginPlan           Origin = "plan"
	OriginState          Origin = "state"
	OriginKubernetes     Origin = "kubernetes"
	OriginHelm           Origin = "helm"
	OriginKustomize      Origin = "kustomize"
	OriginDockerfile     Origin = "dockerfile"
	OriginLiveKubernetes Origin = "live-kubernetes"
	OriginLiveAWS        Origin = "live-aws"
)

func (o Origin) String() string { return string(o) }

// Resource is one canonical resource.
type Resource struct {
	// Key is the stable identity in the source: a Terraform address, a CloudFormation logical
	// id, a Kubernetes apiVersion/Kind namespace/name, or a live provider id.
	Key string
	// Type is the canonical type: Terraform provider names for cloud resources, the kind for
	// Kubernetes objects.
	Type string
	// Origin says which source produced the resource.
	Origin Origin
	// Attributes is the canonical attribute tree.
	Attributes map[string]any
	// Locations maps Path.String() of an attribute path to where its value was set. The empty
	// path "" is the declaration of the resource itself (the whole block).
	Locations map[string]Location
	// References are edges to other resources, by key.
	References []Reference
	// Unknowns lists the paths whose values are Unknown, sorted, so consumers need not walk
	// the tree to find them.
	Unknowns []Path
	// Module is the module address the resource was declared in ("" for the root module,
	// "module.a.module.b" below it); sources without modules leave it empty.
	Module string
	// Root names the part of the input a Key is unique in, and within which references
	// resolve: a Terraform root module's directory, a template's or plan's file, the directory
	// of Kubernetes manifests. Two stacks in one repository may both declare
	// aws_s3_bucket.logs; their Roots tell them apart.
	Root string
}

// Reference is an edge from one resource to another.
type Reference struct {
	// Attribute is the path (string form) of the attribute whose value refers to the target;
	// empty when the edge belongs to the resource as a whole (depends_on, a selector).
	Attribute string
	// Target is the key of the resource referred to.
	Target string
}

// Location is a range of lines in a file that set a value.
type Location struct {
	File      string `json:"file"`
	StartLine int    `json:"start_line"`
	EndLine   int    `json:"end_line"`
	// Via lists, outermost first, where the value passed through on its way to the attribute:
	// a resource attribute that read a variable whose value was set in a tfvars file has the
	// tfvars line as its location and the resource attribute in Via.
	Via []Location `json:"via,omitempty"`
}

// IsZero reports whether the location names no file.
func (l Location) IsZero() bool { return l.File == "" }

func (l Location) String() string {
	if l.StartLine == 0 {
		return l.File
	}
	if l.EndLine > l.StartLine {
		return fmt.Sprintf("%s:%d-%d", l.File, l.StartLine, l.EndLine)
	}
	return fmt.Sprintf("%s:%d", l.File, l.StartLine)
}

// LocationOf returns where the value at path was set, or, when the source did not set that
// path, where it should have been set: the location of its nearest ancestor that was set, and
// finally the resource's own declaration.
func (r *Resource) LocationOf(p Path) Location {
	for i := len(p); i >= 0; i-- {
		if l, ok := r.Locations[p[:i].String()]; ok {
			return l
		}
	}
	return Location{}
}

// SetLocation records where the value at p was set.
func (r *Resource) SetLocation(p Path, l Location) {
	if r.Locations == nil {
		r.Locations = map[string]Location{}
	}
	r.Locations[p.String()] = l
}

// Files returns the distinct files the resource's values came from, sorted.
func (r *Resource) Files() []string {
	seen := map[string]bool{}
	for _, l := range r.Locations {
		seen[l.File] = true
	}
	out := make([]string, 0, len(seen))
	for f := range seen {
		if f != "" {
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}
