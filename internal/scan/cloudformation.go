package scan

import (
	"context"

	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/iac/cloudformation"
)

// loadCloudFormation reads CloudFormation and SAM templates with the --cfn-params files.
func loadCloudFormation(_ context.Context, root string, files []string, opts Options) *iac.Result {
	return cloudformation.Load(root, files, cloudformation.Options{ParamFiles: opts.CfnParams})
}
