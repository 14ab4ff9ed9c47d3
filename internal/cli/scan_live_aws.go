package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/plumbsec/plumb/internal/config"
	"github.com/plumbsec/plumb/internal/finding"
	liveaws "github.com/plumbsec/plumb/internal/live/aws"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/scan"
	"github.com/plumbsec/plumb/internal/store"
)

// liveAWS is `plumb scan --live aws`: --scope names the account and first region, each
// --region adds one; with neither, the SDK's configured region of the credentials' account.
func liveAWS(ctx context.Context, eng *policy.Engine, f *scanFlags, sc store.Scope, cfg *config.Config) (*finding.Result, *liveRead, error) {
	opts := liveaws.Options{Endpoint: f.endpoint}
	if !sc.IsZero() {
		if sc.Kind() != store.ScopeAWS {
			return nil, nil, fmt.Errorf("--scope %s is not an aws:ACCOUNT/REGION scope", sc)
		}
		opts.Account = sc.Account()
		opts.Regions = []string{sc.Region()}
	}
	opts.Regions = append(opts.Regions, f.regions...)
	snap, err := liveaws.Collect(ctx, opts)
	if err != nil {
		return nil, nil, err
	}
	scopes := make([]string, len(snap.Scopes))
	for i, s := range snap.Scopes {
		scopes[i] = s.String()
	}
	res, err := scan.Live(ctx, eng, snap.Resources, snap.Diagnostics, scan.LiveOptions{
		Root:         strings.Join(scopes, ", "),
		Suppressions: cfg.Suppressions(),
	})
	return res, &liveRead{scopes: snap.Scopes, resources: func() []*resource.Resource { return snap.Resources }}, err
}
