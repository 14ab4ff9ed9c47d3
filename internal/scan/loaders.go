package scan

import "github.com/plumbsec/plumb/internal/iac"

// fileLoaders are the single-file formats Plumb reads (Terraform modules are read by
// terraform.Load directly). Each entry adapts a loader package to fileLoader.
var fileLoaders = map[iac.Format]fileLoader{
	// one line per format, in the order of iac.Formats()
	iac.TerraformPlan:  loadTerraformJSON,
	iac.TerraformState: loadTerraformJSON,
	iac.CloudFormation: loadCloudFormation,
	iac.Kubernetes:     loadKubernetes,
	iac.Dockerfile:     loadDockerfiles,
}

// dirLoaders read directory formats: Helm charts and Kustomize directories.
var dirLoaders = map[iac.Format]fileLoader{
	// one line per format
	iac.Helm:      loadHelm,
	iac.Kustomize: loadKustomize,
}
