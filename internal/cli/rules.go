package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/plumbsec/plumb/internal/compliance"
	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/policy"
)

type rulesFlags struct {
	policy    []string
	framework string
	format    string
}

func newRulesCmd(stdout, stderr io.Writer) *cobra.Command {
	f := &rulesFlags{}
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List the rules: id, severity, resource types, title and compliance controls",
		Long: `List the built-in rules and those of any --policy directory, sorted by id.
Exit status: 0, or 2 when a policy directory cannot be read or a rule in it is invalid.`,
		Example: `  plumb rules
  plumb rules --framework cis-aws
  plumb rules --policy ./org-policies -o json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runRules(cmd.Context(), f, stdout)
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&f.policy, "policy", nil, "directory of custom Rego policies (repeatable)")
	fl.StringVar(&f.framework, "framework", "", "list only rules mapped to this framework ("+strings.Join(policy.Frameworks(), ", ")+")")
	fl.StringVarP(&f.format, "output", "o", "text", "output format: text or json")
	return cmd
}

func runRules(ctx context.Context, f *rulesFlags, stdout io.Writer) error {
	if f.format != "text" && f.format != "json" {
		return &exitError{code: ExitError, err: fmt.Errorf("--output: unknown format %q (want text or json)", f.format)}
	}
	eng, err := policy.Load(ctx, policy.Options{PolicyDirs: f.policy})
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	rules := eng.Rules()
	var fw *compliance.Framework
	if f.framework != "" {
		if fw, err = compliance.Lookup(f.framework); err != nil {
			return &exitError{code: ExitError, err: fmt.Errorf("--framework: %w", err)}
		}
		if rules, err = policy.ForFramework(rules, fw.Key); err != nil {
			return &exitError{code: ExitError, err: fmt.Errorf("--framework: %w", err)}
		}
	}
	if f.format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rules)
	}
	if fw == nil {
		return writeRulesTable(stdout, rules, "")
	}
	if err := writeRulesTable(stdout, rules, fw.Key); err != nil {
		return err
	}
	return writeCoverage(stdout, compliance.CoverageOf(fw, rules))
}

// writeRulesTable prints one rule a line; with a framework, only that framework's controls.
func writeRulesTable(w io.Writer, rules []*finding.Rule, framework string) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSEVERITY\tTYPES\tTITLE\tCONTROLS")
	for _, r := range rules {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Severity, types(r.Types), r.Title, controls(r, framework))
	}
	return tw.Flush()
}

// maxTypesWidth keeps the types column readable; -o json lists every type.
const maxTypesWidth = 40

// types joins as many type names as fit in maxTypesWidth and counts the rest: "a,b +3".
func types(ts []string) string {
	out := ""
	for i, t := range ts {
		next := out + "," + t
		if i == 0 {
			next = t
		}
		if i > 0 && len(next) > maxTypesWidth {
			return fmt.Sprintf("%s +%d", out, len(ts)-i)
		}
		out = next
	}
	return out
}

func controls(r *finding.Rule, framework string) string {
	var parts []string
	for _, fw := range policy.Frameworks() {
		if ids := r.Controls[fw]; len(ids) > 0 && (framework == "" || fw == framework) {
			parts = append(parts, fw+" "+strings.Join(ids, ","))
		}
	}
	return strings.Join(parts, "; ")
}
