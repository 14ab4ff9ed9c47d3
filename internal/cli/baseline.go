package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/plumbsec/plumb/internal/drift"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

func newBaselineCmd(stdout io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "baseline",
		Short: "Approve a scope's live state as its baseline, and read past baselines",
		Long: `A baseline is an approved, complete snapshot of a scope: a Kubernetes cluster or
namespace, an AWS account's region, or a Terraform state file. Drift is measured against
the scope's newest (active) baseline; older ones are kept and stay readable.`,
	}
	cmd.AddCommand(newBaselineCreateCmd(stdout), newBaselineListCmd(stdout), newBaselineShowCmd(stdout))
	return cmd
}

func newBaselineCreateCmd(stdout io.Writer) *cobra.Command {
	var (
		f                liveFlags
		approvedBy, note string
		allowPartial     bool
		format           string
	)
	cmd := &cobra.Command{
		Use:   "create --scope SCOPE",
		Short: "Collect a scope's state and store it as its active baseline",
		Example: `  plumb baseline create --scope kubernetes:prod/payments --note "after release 2.4"
  plumb baseline create --scope aws:123456789012/eu-west-1 --approved-by alice@example.com
  plumb baseline create --scope tfstate:infra/terraform.tfstate`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			sc, err := f.parseScope()
			if err != nil {
				return fail(err)
			}
			if approvedBy == "" {
				approvedBy = approver()
			}
			cfg, err := cwdConfig(f.configPath, f.noConfig)
			if err != nil {
				return fail(err)
			}
			collect, err := f.collector(sc)
			if err != nil {
				return fail(err)
			}
			st, err := openStore(ctx, cmd, cfg)
			if err != nil {
				return fail(err)
			}
			defer st.Close()
			sum, _, err := drift.CreateBaseline(ctx, drift.BaselineOptions{Store: st, Scope: sc, Collect: collect,
				ApprovedBy: approvedBy, Note: note, AllowPartial: allowPartial})
			if err != nil {
				return fail(err)
			}
			if format == "json" {
				return writeJSON(stdout, baselineJSON(sum, nil))
			}
			fmt.Fprintf(stdout, "Baseline %d of %s: %d resources, approved by %s", sum.ID, sum.Scope, sum.ResourceCount, sum.ApprovedBy)
			if sum.Supersedes != 0 {
				fmt.Fprintf(stdout, "; supersedes baseline %d", sum.Supersedes)
			}
			fmt.Fprintln(stdout)
			if len(sum.Partial) > 0 {
				fmt.Fprintf(stdout, "Partial: %s not read; drift never reports them added.\n", strings.Join(sum.Partial, ", "))
			}
			return nil
		},
	}
	fl := cmd.Flags()
	f.add(fl)
	fl.StringVar(&approvedBy, "approved-by", "", "who approves this state (default: git config user.email, then $USER)")
	fl.StringVar(&note, "note", "", "why this state is approved, kept with the baseline")
	fl.BoolVar(&allowPartial, "allow-partial", false, "store the snapshot even when some kinds or services could not be read, recording which")
	fl.StringVarP(&format, "output", "o", "text", "output format: text or json")
	return cmd
}

func newBaselineListCmd(stdout io.Writer) *cobra.Command {
	var (
		f      liveFlags
		format string
	)
	cmd := &cobra.Command{
		Use:   "list --scope SCOPE",
		Short: "List a scope's baselines, the active one first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			sc, err := f.parseScope()
			if err != nil {
				return fail(err)
			}
			st, err := openConfigured(ctx, cmd, &f)
			if err != nil {
				return fail(err)
			}
			defer st.Close()
			list, err := st.Baselines(ctx, sc)
			if err != nil {
				return fail(err)
			}
			if format == "json" {
				out := make([]baselineDoc, len(list))
				for i, b := range list {
					out[i] = baselineJSON(b, nil)
				}
				return writeJSON(stdout, out)
			}
			if len(list) == 0 {
				fmt.Fprintf(stdout, "%s has no baseline.\n", sc)
				return nil
			}
			for i, b := range list {
				state := ""
				if i == 0 {
					state = "  (active)"
				}
				fmt.Fprintf(stdout, "%d  %s  %d resources  approved by %s%s\n", b.ID, b.Created.Format(time.RFC3339), b.ResourceCount, b.ApprovedBy, state)
				if b.Note != "" {
					fmt.Fprintf(stdout, "    %s\n", b.Note)
				}
				if len(b.Partial) > 0 {
					fmt.Fprintf(stdout, "    partial: %s not read\n", strings.Join(b.Partial, ", "))
				}
			}
			return nil
		},
	}
	f.addStoreOnly(cmd)
	cmd.Flags().StringVarP(&format, "output", "o", "text", "output format: text or json")
	return cmd
}

func newBaselineShowCmd(stdout io.Writer) *cobra.Command {
	var (
		f      liveFlags
		id     int64
		format string
	)
	cmd := &cobra.Command{
		Use:   "show (--scope SCOPE | --id N)",
		Short: "Show a baseline and the resources it approved: the scope's active one, or any by id",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if (f.scope == "") == (id == 0) {
				return fail(errors.New("give either --scope (its active baseline) or --id"))
			}
			st, err := openConfigured(ctx, cmd, &f)
			if err != nil {
				return fail(err)
			}
			defer st.Close()
			var b *store.Baseline
			if id != 0 {
				b, err = st.Baseline(ctx, id)
			} else {
				sc, perr := f.parseScope()
				if perr != nil {
					return fail(perr)
				}
				b, err = st.ActiveBaseline(ctx, sc)
			}
			if err != nil {
				return fail(err)
			}
			if format == "json" {
				return writeJSON(stdout, baselineJSON(b.BaselineSummary, b.Resources))
			}
			fmt.Fprintf(stdout, "Baseline %d of %s\nApproved by %s on %s\n", b.ID, b.Scope, b.ApprovedBy, b.Created.Format(time.RFC3339))
			if b.Note != "" {
				fmt.Fprintf(stdout, "Note: %s\n", b.Note)
			}
			if b.Supersedes != 0 {
				fmt.Fprintf(stdout, "Supersedes baseline %d\n", b.Supersedes)
			}
			if len(b.Partial) > 0 {
				fmt.Fprintf(stdout, "Partial: %s not read\n", strings.Join(b.Partial, ", "))
			}
			fmt.Fprintf(stdout, "\n%d resources:\n", len(b.Resources))
			for _, r := range b.Resources {
				fmt.Fprintf(stdout, "  %-28s %s\n", r.Type, r.Key)
			}
			return nil
		},
	}
	f.addStoreOnly(cmd)
	cmd.Flags().Int64Var(&id, "id", 0, "the baseline's id (any baseline, superseded ones too)")
	cmd.Flags().StringVarP(&format, "output", "o", "text", "output format: text or json")
	return cmd
}

// addStoreOnly adds the flags of a command that only reads the store: --scope and the
// config file.
func (f *liveFlags) addStoreOnly(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.scope, "scope", "", "scope: kubernetes:CONTEXT[/NAMESPACE], aws:ACCOUNT/REGION or tfstate:PATH")
	fl.StringVar(&f.configPath, "config", "", "config file (default: .plumb.yaml found from the working directory upward)")
	fl.BoolVar(&f.noConfig, "no-config", false, "ignore .plumb.yaml")
}

// openConfigured opens the store that --db or the config file names.
func openConfigured(ctx context.Context, cmd *cobra.Command, f *liveFlags) (store.Store, error) {
	cfg, err := cwdConfig(f.configPath, f.noConfig)
	if err != nil {
		return nil, err
	}
	return openStore(ctx, cmd, cfg)
}

// baselineDoc is a baseline in JSON output.
type baselineDoc struct {
	ID            int64         `json:"id"`
	Scope         string        `json:"scope"`
	Created       time.Time     `json:"created"`
	ApprovedBy    string        `json:"approved_by"`
	Note          string        `json:"note"`
	Supersedes    int64         `json:"supersedes,omitempty"`
	ResourceCount int           `json:"resource_count"`
	Partial       []string      `json:"partial"`
	Resources     []resourceDoc `json:"resources,omitempty"`
}

type resourceDoc struct {
	Key        string `json:"key"`
	Type       string `json:"type"`
	Origin     string `json:"origin"`
	Attributes any    `json:"attributes"`
}

func baselineJSON(b store.BaselineSummary, rs []*resource.Resource) baselineDoc {
	d := baselineDoc{ID: b.ID, Scope: b.Scope.String(), Created: b.Created, ApprovedBy: b.ApprovedBy, Note: b.Note,
		Supersedes: b.Supersedes, ResourceCount: b.ResourceCount, Partial: b.Partial}
	if d.Partial == nil {
		d.Partial = []string{}
	}
	for _, r := range rs {
		d.Resources = append(d.Resources, resourceDoc{Key: r.Key, Type: r.Type, Origin: r.Origin.String(), Attributes: jsonValue(r.Attributes)})
	}
	return d
}

// jsonValue makes an attribute value writable as JSON: Unknown becomes {"unknown": true}.
func jsonValue(v any) any {
	switch x := v.(type) {
	case resource.Unknown:
		return map[string]any{"unknown": true}
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = jsonValue(e)
		}
		return m
	case []any:
		s := make([]any, len(x))
		for i, e := range x {
			s[i] = jsonValue(e)
		}
		return s
	}
	return v
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
