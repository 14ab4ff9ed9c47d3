package cli

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/plumbsec/plumb/internal/drift"
	"github.com/plumbsec/plumb/internal/drift/enforce"
	liveaws "github.com/plumbsec/plumb/internal/live/aws"
	livek8s "github.com/plumbsec/plumb/internal/live/kubernetes"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

func newEnforceCmd(stdout io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "enforce",
		Short: "Set, pause and resume the reverting of a scope's drift to its baseline",
		Long: `Enforcement reverts a scope's drift to its active baseline, through the API the
collector reads (server-side apply for Kubernetes, the S3 and EC2 APIs for AWS), each time
plumb drift watch runs a cycle. Per scope, the mode is:
  off    nothing is reverted (the default)
  risky  risky drift is reverted: changed resources written back, removed ones
         recreated, added ones deleted; benign drift is kept
  all    every drift is reverted
Pause a scope for a deployment window and resume it, with --rebaseline to adopt what was
deployed. Every change of setting and every revert is in the audit log (plumb audit).`,
	}
	cmd.AddCommand(newEnforceSetCmd(stdout), newEnforceStatusCmd(stdout), newEnforcePauseCmd(stdout), newEnforceResumeCmd(stdout))
	return cmd
}

// enforceFlags are the flags of the commands that change a scope's setting.
type enforceFlags struct {
	liveFlags
	reason, by, format string
}

func (f *enforceFlags) addCommon(cmd *cobra.Command) {
	f.addStoreOnly(cmd)
	fl := cmd.Flags()
	fl.StringVar(&f.reason, "reason", "", "why the setting changes, kept in the audit log")
	fl.StringVar(&f.by, "by", "", "who changes it (default: git config user.email, then $USER)")
	fl.StringVarP(&f.format, "output", "o", "text", "output format: text or json")
}

// change reads the scope's setting, lets edit change it, stores it (which audits it) and
// prints the new setting.
func (f *enforceFlags) change(cmd *cobra.Command, stdout io.Writer, edit func(ctx context.Context, st store.Store, sc store.Scope, e *store.Enforcement) error) error {
	ctx := cmd.Context()
	if f.format != "text" && f.format != "json" {
		return fail(fmt.Errorf("--output %q: want text or json", f.format))
	}
	sc, err := f.parseScope()
	if err != nil {
		return fail(err)
	}
	st, err := openConfigured(ctx, cmd, &f.liveFlags)
	if err != nil {
		return fail(err)
	}
	defer st.Close()
	e, err := st.Enforcement(ctx, sc)
	if err != nil {
		return fail(err)
	}
	if err := edit(ctx, st, sc, &e); err != nil {
		return fail(err)
	}
	e.By, e.Reason = f.by, f.reason
	if e.By == "" {
		e.By = approver()
	}
	if err := st.SetEnforcement(ctx, sc, e); err != nil {
		return fail(err)
	}
	if e, err = st.Enforcement(ctx, sc); err != nil {
		return fail(err)
	}
	return writeEnforcement(stdout, f.format, sc, e)
}

func newEnforceSetCmd(stdout io.Writer) *cobra.Command {
	var (
		f    enforceFlags
		mode string
	)
	cmd := &cobra.Command{
		Use:   "set --scope SCOPE --mode off|risky|all --reason REASON",
		Short: "Set a scope's enforcement mode (a pause stays in force)",
		Example: `  plumb enforce set --scope kubernetes:prod/payments --mode risky --reason "PCI: no drift in prod"
  plumb enforce set --scope aws:123456789012/eu-west-1 --mode off --reason "migration"`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := store.ParseEnforcementMode(mode)
			if mode == "" || err != nil {
				return fail(fmt.Errorf("--mode: want off, risky or all"))
			}
			return f.change(cmd, stdout, func(_ context.Context, _ store.Store, sc store.Scope, e *store.Enforcement) error {
				if m != store.EnforceOff && sc.Kind() == store.ScopeTFState {
					return fmt.Errorf("%s: a Terraform state is not live: there is nothing to revert (enforce the kubernetes or aws scope it describes)", sc)
				}
				e.Mode = m
				return nil
			})
		},
	}
	f.addCommon(cmd)
	cmd.Flags().StringVar(&mode, "mode", "", "off, risky or all (required)")
	return cmd
}

func newEnforcePauseCmd(stdout io.Writer) *cobra.Command {
	var f enforceFlags
	cmd := &cobra.Command{
		Use:     "pause --scope SCOPE --reason REASON",
		Short:   "Stop reverting a scope's drift, for a deployment window, keeping its mode",
		Example: `  plumb enforce pause --scope kubernetes:prod/payments --reason "release 4.2"`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if strings.TrimSpace(f.reason) == "" {
				return fail(fmt.Errorf("--reason is required: say why enforcement is paused"))
			}
			return f.change(cmd, stdout, func(_ context.Context, _ store.Store, _ store.Scope, e *store.Enforcement) error {
				e.Paused = true
				return nil
			})
		},
	}
	f.addCommon(cmd)
	return cmd
}

func newEnforceResumeCmd(stdout io.Writer) *cobra.Command {
	var (
		f          enforceFlags
		rebaseline bool
	)
	cmd := &cobra.Command{
		Use:   "resume --scope SCOPE [--rebaseline]",
		Short: "Revert a paused scope's drift again; --rebaseline first adopts its current state",
		Long: `Resume enforcement of a paused scope. With --rebaseline the scope's live state is
collected now and stored as its new active baseline, approved by --by, before enforcement
resumes: what was deployed during the pause is adopted instead of reverted.`,
		Example: `  plumb enforce resume --scope kubernetes:prod/payments --rebaseline --reason "release 4.2 done"`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return f.change(cmd, stdout, func(ctx context.Context, st store.Store, sc store.Scope, e *store.Enforcement) error {
				if rebaseline {
					if err := adopt(ctx, &f, st, sc, stdout); err != nil {
						return err
					}
				}
				e.Paused = false
				return nil
			})
		},
	}
	f.addCommon(cmd)
	fl := cmd.Flags()
	fl.BoolVar(&rebaseline, "rebaseline", false, "collect the scope now and store it as the new baseline before resuming")
	fl.StringVar(&f.kubeconfig, "kubeconfig", "", "kubeconfig file for a kubernetes scope, for --rebaseline")
	fl.StringVar(&f.endpoint, "endpoint", "", "AWS endpoint URL for an aws scope, for --rebaseline")
	fl.StringVar(&f.profile, "profile", "", "AWS shared-config profile for an aws scope, for --rebaseline")
	return cmd
}

// adopt stores the scope's current state as its new baseline, approved by the user who
// resumes. A partial snapshot is refused: resuming on it would revert nothing of what was
// not read, but would not have adopted it either.
func adopt(ctx context.Context, f *enforceFlags, st store.Store, sc store.Scope, stdout io.Writer) error {
	collect, err := f.collector(sc)
	if err != nil {
		return err
	}
	by := f.by
	if by == "" {
		by = approver()
	}
	note := "adopted when enforcement resumed"
	if f.reason != "" {
		note += ": " + f.reason
	}
	sum, _, err := drift.CreateBaseline(ctx, drift.BaselineOptions{Store: st, Scope: sc, Collect: collect, ApprovedBy: by, Note: note})
	if err != nil {
		return err
	}
	if f.format == "text" {
		fmt.Fprintf(stdout, "Baseline %d of %s: %d resources, approved by %s", sum.ID, sc, sum.ResourceCount, sum.ApprovedBy)
		if sum.Supersedes != 0 {
			fmt.Fprintf(stdout, "; supersedes baseline %d", sum.Supersedes)
		}
		fmt.Fprintln(stdout)
	}
	return nil
}

func newEnforceStatusCmd(stdout io.Writer) *cobra.Command {
	var f enforceFlags
	cmd := &cobra.Command{
		Use:   "status --scope SCOPE",
		Short: "Show a scope's enforcement setting and its latest reverts",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if f.format != "text" && f.format != "json" {
				return fail(fmt.Errorf("--output %q: want text or json", f.format))
			}
			sc, err := f.parseScope()
			if err != nil {
				return fail(err)
			}
			st, err := openConfigured(ctx, cmd, &f.liveFlags)
			if err != nil {
				return fail(err)
			}
			defer st.Close()
			e, err := st.Enforcement(ctx, sc)
			if err != nil {
				return fail(err)
			}
			if err := writeEnforcement(stdout, f.format, sc, e); err != nil {
				return fail(err)
			}
			if f.format == "text" {
				recent, err := st.Audit(ctx, store.AuditFilter{Scope: sc, Limit: 5})
				if err != nil {
					return fail(err)
				}
				if len(recent) > 0 {
					fmt.Fprintln(stdout, "\nLatest audit entries (plumb audit --scope for all):")
					writeAuditText(stdout, recent)
				}
			}
			return nil
		},
	}
	f.addStoreOnly(cmd)
	cmd.Flags().StringVarP(&f.format, "output", "o", "text", "output format: text or json")
	return cmd
}

// enforcementDoc is a scope's setting in JSON output.
type enforcementDoc struct {
	Scope   string     `json:"scope"`
	Mode    string     `json:"mode"`
	Paused  bool       `json:"paused"`
	Reason  string     `json:"reason,omitempty"`
	By      string     `json:"by,omitempty"`
	Updated *time.Time `json:"updated,omitempty"`
}

func writeEnforcement(w io.Writer, format string, sc store.Scope, e store.Enforcement) error {
	if format == "json" {
		d := enforcementDoc{Scope: sc.String(), Mode: e.Mode.String(), Paused: e.Paused, Reason: e.Reason, By: e.By}
		if !e.Updated.IsZero() {
			d.Updated = &e.Updated
		}
		return writeJSON(w, d)
	}
	state := e.Mode.String()
	if e.Paused {
		state += ", paused"
	}
	fmt.Fprintf(w, "Enforcement of %s: %s\n", sc, state)
	if e.Updated.IsZero() {
		fmt.Fprintln(w, "  never set: drift is reported, not reverted")
		return nil
	}
	fmt.Fprintf(w, "  set by %s on %s", e.By, e.Updated.Format(time.RFC3339))
	if e.Reason != "" {
		fmt.Fprintf(w, ": %s", e.Reason)
	}
	fmt.Fprintln(w)
	return nil
}

// reverterFor returns what writes baselines back to the scope's provider: the Kubernetes
// collector (server-side apply), or the AWS reverter, opened on first use so that a scope
// whose enforcement is off never calls AWS for it.
func reverterFor(f *liveFlags, sc store.Scope) (enforce.Reverter, error) {
	switch sc.Kind() {
	case store.ScopeKubernetes:
		c, err := livek8s.New(livek8s.Options{Scope: sc, Kubeconfig: f.kubeconfig})
		if err != nil {
			return nil, err
		}
		return enforce.RevertFunc(c.Revert), nil
	case store.ScopeAWS:
		var rv *liveaws.Reverter
		return enforce.RevertFunc(func(ctx context.Context, kind store.DriftKind, baseline, live *resource.Resource) (*resource.Resource, *resource.Resource, error) {
			if rv == nil {
				var err error
				rv, err = liveaws.NewReverter(ctx, liveaws.Options{Account: sc.Account(), Regions: []string{sc.Region()},
					Profile: f.profile, Endpoint: f.endpoint})
				if err != nil {
					return nil, nil, err
				}
			}
			return rv.Revert(ctx, kind, baseline, live)
		}), nil
	}
	return nil, fmt.Errorf("%s: a Terraform state is not live: nothing can be reverted", sc)
}
