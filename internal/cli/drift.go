package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/plumbsec/plumb/internal/drift"
	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/scan"
	"github.com/plumbsec/plumb/internal/store"
)

// driftSubcommands are added to `plumb drift` by other files of this package (drift watch),
// from their init functions.
var driftSubcommands []func() *cobra.Command

func newDriftCmd(stdout io.Writer) *cobra.Command {
	var (
		f       liveFlags
		against string
		format  string
	)
	cmd := &cobra.Command{
		Use:   "drift --scope SCOPE [--against DIR]",
		Short: "Compare a scope's live state with its baseline (or its IaC) and judge every change",
		Long: `Compare the live state of a scope with its active baseline, or with the IaC that
declares it (--against DIR), resource by resource and attribute by attribute. Each drifted
resource is judged by the rules: risky when its live version breaks a rule that its approved
version did not, benign otherwise. Every run is stored (plumb drift history).
Exit status: 0 no risky drift, 1 risky drift, 2 an error.`,
		Example: `  plumb drift --scope kubernetes:prod/payments
  plumb drift --scope aws:123456789012/eu-west-1 -o json
  plumb drift --scope kubernetes:prod/payments --against deploy/`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runDrift(cmd, &f, against, format, stdout)
		},
	}
	fl := cmd.Flags()
	f.add(fl)
	f.addPolicy(fl)
	fl.StringVar(&against, "against", "", "compare with the IaC under this directory instead of the baseline")
	fl.StringVarP(&format, "output", "o", "text", "output format: text or json")
	cmd.AddCommand(newDriftHistoryCmd(stdout))
	for _, sub := range driftSubcommands {
		cmd.AddCommand(sub())
	}
	return cmd
}

func runDrift(cmd *cobra.Command, f *liveFlags, against, format string, stdout io.Writer) error {
	ctx := cmd.Context()
	if format != "text" && format != "json" {
		return fail(fmt.Errorf("--output %q: want text or json", format))
	}
	sc, err := f.parseScope()
	if err != nil {
		return fail(err)
	}
	cfg, err := cwdConfig(f.configPath, f.noConfig)
	if err != nil {
		return fail(err)
	}
	eng, err := f.engine(ctx, cfg)
	if err != nil {
		return fail(err)
	}
	collect, err := f.collector(sc)
	if err != nil {
		return fail(err)
	}
	opts := drift.Options{Scope: sc, Engine: eng, Collect: collect}
	if against != "" {
		if _, err := os.Stat(against); err != nil {
			return fail(fmt.Errorf("--against: %w", err))
		}
		res, err := scan.Resources(ctx, scan.Options{Path: against, Terraform: terraform.Options{Env: os.Environ()}})
		if err != nil {
			return fail(fmt.Errorf("--against %s: %w", against, err))
		}
		if res.Diagnostics.HasErrors() {
			return fail(fmt.Errorf("--against %s: %w", against, diagnosticsError(res.Diagnostics)))
		}
		opts.Against = &drift.Snapshot{Scope: sc, Resources: drift.Desired(res.Resources)}
	}
	st, err := openStore(ctx, cmd, cfg)
	if err != nil {
		return fail(err)
	}
	defer st.Close()
	opts.Store = st
	run, entries, err := drift.Run(ctx, opts)
	if err != nil {
		return fail(err)
	}
	report := driftReport{Run: run, Entries: entries, Against: against}
	if run.BaselineID != 0 {
		if b, err := st.Baseline(ctx, run.BaselineID); err == nil {
			report.Baseline = &b.BaselineSummary
		}
	}
	if format == "json" {
		err = writeJSON(stdout, report.doc())
	} else {
		report.text(stdout)
	}
	if err != nil {
		return fail(err)
	}
	for _, e := range entries {
		if e.Risky() {
			return &exitError{code: ExitFindings}
		}
	}
	return nil
}

func diagnosticsError(ds resource.Diagnostics) error {
	var msgs []string
	for _, d := range ds {
		if d.Error {
			msgs = append(msgs, d.String())
		}
	}
	return errors.New(strings.Join(msgs, "; "))
}

// driftReport is one drift run as the user reads it.
type driftReport struct {
	Run      store.DriftRun
	Entries  []drift.Entry
	Baseline *store.BaselineSummary
	Against  string
}

// text writes the run for a terminal: a header, then each entry with its verdict, the
// rules it breaks and every change.
func (r driftReport) text(w io.Writer) {
	switch {
	case r.Against != "":
		fmt.Fprintf(w, "Drift of %s against the IaC in %s (run %d)\n", r.Run.Scope, r.Against, r.Run.ID)
	case r.Baseline != nil:
		fmt.Fprintf(w, "Drift of %s against baseline %d (approved by %s on %s), run %d\n", r.Run.Scope, r.Baseline.ID,
			r.Baseline.ApprovedBy, r.Baseline.Created.Format(time.RFC3339), r.Run.ID)
	default:
		fmt.Fprintf(w, "Drift of %s, run %d\n", r.Run.Scope, r.Run.ID)
	}
	if len(r.Run.Partial) > 0 {
		fmt.Fprintf(w, "Partial: %s could not be read live; none of them is reported removed.\n", strings.Join(r.Run.Partial, ", "))
	}
	fmt.Fprintln(w)
	if len(r.Entries) > 0 {
		writeEntries(w, r.Entries)
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, driftSummary(r.Entries))
}

// writeEntries writes drift entries as `plumb drift` does; `drift watch` prints new drift
// with it too.
func writeEntries(w io.Writer, entries []drift.Entry) {
	for _, e := range entries {
		fmt.Fprintf(w, "%-6s  %-7s  %s  (%s)\n", strings.ToUpper(e.Verdict.String()), e.Kind, e.Key, e.Type)
		if len(e.Rules) > 0 {
			fmt.Fprintf(w, "        breaks: %s\n", strings.Join(e.Rules, ", "))
			for _, f := range e.Findings {
				fmt.Fprintf(w, "          %s %s", f.Rule.ID, f.Rule.Title)
				if len(f.Path) > 0 {
					fmt.Fprintf(w, " (at %s)", f.Path)
				}
				fmt.Fprintln(w)
			}
		}
		if e.Kind != store.Changed {
			continue
		}
		for _, c := range e.Changes {
			switch {
			case c.Before == nil:
				fmt.Fprintf(w, "        + %s: %s\n", c.Path, shortValue(c.After))
			case c.After == nil:
				fmt.Fprintf(w, "        - %s: %s\n", c.Path, shortValue(c.Before))
			default:
				fmt.Fprintf(w, "        ~ %s: %s -> %s\n", c.Path, shortValue(c.Before), shortValue(c.After))
			}
		}
	}
}

func driftSummary(entries []drift.Entry) string {
	if len(entries) == 0 {
		return "No drift."
	}
	var risky, kinds [4]int
	for _, e := range entries {
		if e.Risky() {
			risky[0]++
		}
		if e.Kind.Valid() {
			kinds[e.Kind]++
		}
	}
	return fmt.Sprintf("%d drifted resources: %d risky, %d benign (%d added, %d removed, %d changed)",
		len(entries), risky[0], len(entries)-risky[0], kinds[store.Added], kinds[store.Removed], kinds[store.Changed])
}

// shortValue renders a value on one line, cut at 120 characters.
func shortValue(v any) string {
	b, err := json.Marshal(jsonValue(v))
	s := string(b)
	if err != nil {
		s = fmt.Sprint(v)
	}
	if len(s) > 120 {
		s = s[:117] + "..."
	}
	return s
}

// driftDoc is a drift run in JSON output; its shape is stable.
type driftDoc struct {
	Version    int        `json:"version"`
	Run        int64      `json:"run"`
	Scope      string     `json:"scope"`
	At         time.Time  `json:"at"`
	BaselineID int64      `json:"baseline,omitempty"`
	Against    string     `json:"against,omitempty"`
	Partial    []string   `json:"partial"`
	Entries    []entryDoc `json:"entries"`
	Summary    summaryDoc `json:"summary"`
}

type entryDoc struct {
	Key      string       `json:"key"`
	Type     string       `json:"type"`
	Kind     string       `json:"kind"`
	Verdict  string       `json:"verdict"`
	Rules    []string     `json:"rules"`
	Changes  []changeDoc  `json:"changes"`
	Findings []findingDoc `json:"findings,omitempty"`
	// Declared is the IaC resource a live one was matched with (--against), for plumb fix
	// --from-drift to find what to edit.
	Declared *declaredDoc `json:"declared,omitempty"`
}

type declaredDoc struct {
	Root string `json:"root"`
	Key  string `json:"key"`
}

type changeDoc struct {
	Path   string `json:"path"`
	Before any    `json:"before"`
	After  any    `json:"after"`
}

type findingDoc struct {
	RuleID   string `json:"rule_id"`
	Severity string `json:"severity"`
	Title    string `json:"title"`
	Path     string `json:"path"`
	Message  string `json:"message"`
}

type summaryDoc struct {
	Added   int `json:"added"`
	Removed int `json:"removed"`
	Changed int `json:"changed"`
	Risky   int `json:"risky"`
	Benign  int `json:"benign"`
}

func (r driftReport) doc() driftDoc {
	d := driftDoc{Version: 1, Run: r.Run.ID, Scope: r.Run.Scope.String(), At: r.Run.At, BaselineID: r.Run.BaselineID,
		Against: r.Against, Partial: r.Run.Partial, Entries: []entryDoc{}}
	if d.Partial == nil {
		d.Partial = []string{}
	}
	for _, e := range r.Entries {
		ed := entryJSON(e.DriftEntry, e.Findings)
		if r.Against != "" && e.Baseline != nil {
			ed.Declared = &declaredDoc{Root: e.Baseline.Root, Key: e.Baseline.Key}
		}
		d.Entries = append(d.Entries, ed)
		d.Summary.count(e.DriftEntry)
	}
	return d
}

func (s *summaryDoc) count(e store.DriftEntry) {
	switch e.Kind {
	case store.Added:
		s.Added++
	case store.Removed:
		s.Removed++
	case store.Changed:
		s.Changed++
	}
	if e.Verdict == store.Risky {
		s.Risky++
	} else {
		s.Benign++
	}
}

func entryJSON(e store.DriftEntry, fs []*finding.Finding) entryDoc {
	d := entryDoc{Key: e.Key, Type: e.Type, Kind: e.Kind.String(), Verdict: e.Verdict.String(), Rules: e.Rules, Changes: []changeDoc{}}
	if d.Rules == nil {
		d.Rules = []string{}
	}
	for _, c := range e.Changes {
		d.Changes = append(d.Changes, changeDoc{Path: c.Path.String(), Before: jsonValue(c.Before), After: jsonValue(c.After)})
	}
	for _, f := range fs {
		d.Findings = append(d.Findings, findingDoc{RuleID: f.Rule.ID, Severity: f.Rule.Severity.String(), Title: f.Rule.Title,
			Path: f.Path.String(), Message: f.Message})
	}
	return d
}

func newDriftHistoryCmd(stdout io.Writer) *cobra.Command {
	var (
		f      liveFlags
		limit  int
		format string
	)
	cmd := &cobra.Command{
		Use:   "history --scope SCOPE",
		Short: "List a scope's stored drift runs, newest first",
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
			runs, err := st.DriftRuns(ctx, store.DriftFilter{Scope: sc, Limit: limit})
			if err != nil {
				return fail(err)
			}
			if format == "json" {
				out := make([]driftDoc, 0, len(runs))
				for _, run := range runs {
					out = append(out, runJSON(run))
				}
				return writeJSON(stdout, out)
			}
			if len(runs) == 0 {
				fmt.Fprintf(stdout, "%s has no drift runs.\n", sc)
				return nil
			}
			for _, run := range runs {
				var s summaryDoc
				for _, e := range run.Entries {
					s.count(e)
				}
				against := "the IaC"
				if run.BaselineID != 0 {
					against = fmt.Sprintf("baseline %d", run.BaselineID)
				}
				fmt.Fprintf(stdout, "%d  %s  against %s: %d risky, %d benign (%d added, %d removed, %d changed)\n",
					run.ID, run.At.Format(time.RFC3339), against, s.Risky, s.Benign, s.Added, s.Removed, s.Changed)
				for _, e := range run.Entries {
					if e.Verdict == store.Risky {
						fmt.Fprintf(stdout, "    RISKY %s %s: %s\n", e.Kind, e.Key, strings.Join(e.Rules, ", "))
					}
				}
			}
			return nil
		},
	}
	f.addStoreOnly(cmd)
	cmd.Flags().IntVar(&limit, "limit", 20, "list at most this many runs (0: all)")
	cmd.Flags().StringVarP(&format, "output", "o", "text", "output format: text or json")
	return cmd
}

func runJSON(run store.DriftRun) driftDoc {
	d := driftDoc{Version: 1, Run: run.ID, Scope: run.Scope.String(), At: run.At, BaselineID: run.BaselineID,
		Partial: run.Partial, Entries: []entryDoc{}}
	if d.Partial == nil {
		d.Partial = []string{}
	}
	for _, e := range run.Entries {
		d.Entries = append(d.Entries, entryJSON(e, nil))
		d.Summary.count(e)
	}
	return d
}
