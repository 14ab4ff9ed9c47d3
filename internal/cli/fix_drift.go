package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/plumbsec/plumb/internal/fix"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/scan"
	"github.com/plumbsec/plumb/internal/store"
)

// runFixFromDrift is plumb fix --from-drift: the live values of a drift run's benign changes
// are written into the IaC under path, which the run compared live state with.
func runFixFromDrift(cmd *cobra.Command, f *fixFlags, path string, stdout, stderr io.Writer) error {
	ctx := cmd.Context()
	if f.live != "" {
		return fmt.Errorf("--from-drift edits the IaC: --live is not supported")
	}
	entries, scope, err := driftEntries(cmd, f)
	if err != nil {
		return fmt.Errorf("--from-drift: %w", err)
	}
	root, err := scanRoot(path)
	if err != nil {
		return err
	}
	loaded, err := scan.Resources(ctx, scan.Options{
		Path:       path,
		Terraform:  terraform.Options{VarFiles: f.varFiles, Vars: f.vars, Env: os.Environ()},
		CfnParams:  f.cfnParams,
		HelmValues: f.helmValues, HelmSet: f.helmSet,
	})
	if err != nil {
		return err
	}
	if loaded.Diagnostics.HasErrors() {
		return fmt.Errorf("%s: %w", path, diagnosticsError(loaded.Diagnostics))
	}
	edits, notes := fix.PlanDrift(entries, loaded.Resources, root)
	fix.SortNotes(notes)
	for _, n := range notes {
		what := n.Key
		if len(n.Path) > 0 {
			what += " " + n.Path.String()
		}
		fmt.Fprintf(stderr, "not written back: %s (%s): %s", what, n.Type, n.Reason)
		if n.Risky && n.Kind == store.Changed {
			fmt.Fprintf(stderr, ": re-apply the IaC, or plumb enforce set --scope %s --mode risky for a scope with a baseline", scope)
		}
		fmt.Fprintln(stderr)
	}
	return writeFix(f, root, edits, stdout)
}

// driftEntries reads the drift to write back: a JSON report (a file, or - for standard
// input) or, for "latest", the scope's latest stored drift run. Either must compare live
// state with IaC, not with a baseline.
func driftEntries(cmd *cobra.Command, f *fixFlags) ([]fix.DriftEntry, string, error) {
	if f.fromDrift == "latest" {
		return storedDrift(cmd, f)
	}
	var src []byte
	var err error
	if f.fromDrift == "-" {
		src, err = io.ReadAll(cmd.InOrStdin())
	} else {
		src, err = os.ReadFile(f.fromDrift)
	}
	if err != nil {
		return nil, "", err
	}
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	var doc driftDoc
	if err := dec.Decode(&doc); err != nil {
		return nil, "", fmt.Errorf("%s is not a plumb drift -o json report: %w", f.fromDrift, err)
	}
	if doc.Version != 1 || doc.Scope == "" {
		return nil, "", fmt.Errorf("%s is not a plumb drift -o json report (version %d, scope %q)", f.fromDrift, doc.Version, doc.Scope)
	}
	if doc.BaselineID != 0 || doc.Against == "" {
		return nil, "", fmt.Errorf("%s compares live state with baseline %d, not with IaC: run plumb drift --against DIR", f.fromDrift, doc.BaselineID)
	}
	var out []fix.DriftEntry
	for i, e := range doc.Entries {
		var d fix.DriftEntry
		d.Key, d.Type, d.Rules = e.Key, e.Type, e.Rules
		if d.Kind, err = store.ParseDriftKind(e.Kind); err == nil {
			d.Verdict, err = store.ParseVerdict(e.Verdict)
		}
		if err != nil {
			return nil, "", fmt.Errorf("%s: entry %d (%s): %w", f.fromDrift, i, e.Key, err)
		}
		if e.Declared != nil {
			d.DeclaredRoot, d.DeclaredKey = e.Declared.Root, e.Declared.Key
		}
		for _, c := range e.Changes {
			d.Changes = append(d.Changes, store.Change{Path: resource.ParsePath(c.Path), Before: c.Before, After: c.After})
		}
		out = append(out, d)
	}
	return out, doc.Scope, nil
}

// storedDrift reads the latest drift run of --scope from the store.
func storedDrift(cmd *cobra.Command, f *fixFlags) ([]fix.DriftEntry, string, error) {
	if f.scope == "" {
		return nil, "", fmt.Errorf("latest needs --scope: the scope whose latest stored drift run to write back")
	}
	sc, err := store.ParseScope(f.scope)
	if err != nil {
		return nil, "", fmt.Errorf("--scope: %w", err)
	}
	cfg, err := cwdConfig(f.configPath, f.noConfig)
	if err != nil {
		return nil, "", err
	}
	st, err := openStore(cmd.Context(), cmd, cfg)
	if err != nil {
		return nil, "", err
	}
	defer st.Close()
	runs, err := st.DriftRuns(cmd.Context(), store.DriftFilter{Scope: sc, Limit: 1})
	if err != nil {
		return nil, "", err
	}
	if len(runs) == 0 {
		return nil, "", fmt.Errorf("%s has no stored drift run: run plumb drift --scope %s --against DIR", sc, sc)
	}
	run := runs[0]
	if run.BaselineID != 0 {
		return nil, "", fmt.Errorf("the latest drift run of %s (%d) compares live state with baseline %d, not with IaC: run plumb drift --against DIR",
			sc, run.ID, run.BaselineID)
	}
	out := make([]fix.DriftEntry, 0, len(run.Entries))
	for _, e := range run.Entries {
		out = append(out, fix.DriftEntry{DriftEntry: e})
	}
	return out, strings.TrimSpace(sc.String()), nil
}
