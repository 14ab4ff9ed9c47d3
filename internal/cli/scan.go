package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/config"
	"github.com/plumbsec/plumb/internal/drift"
	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	livek8s "github.com/plumbsec/plumb/internal/live/kubernetes"
	"github.com/plumbsec/plumb/internal/live/kubernetes/kubescan"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/report"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/scan"
	"github.com/plumbsec/plumb/internal/store"
)

type scanFlags struct {
	format, outputFile, failOn, configPath, typ string
	policy, varFiles, vars, rules, skip         []string
	noColor, showSuppressed, noConfig           bool
	cfnParams                                   []string
	helmValues, helmSet                         []string
	live, scope, kubeconfig                     string
	baselineFile                                string
	updateBaseline                              bool
	readOnlyBaseline                            bool     // plumb report: never write the baseline
	regions                                     []string // --live aws
	endpoint                                    string   // --live aws
}

func newScanCmd(stdout, stderr io.Writer) *cobra.Command {
	f := &scanFlags{}
	cmd := &cobra.Command{
		Use:   "scan [PATH]",
		Short: "Scan infrastructure as code for misconfigurations",
		Long: `Scan a directory (every Terraform module under it) or a file's module and report
what the policy library finds. Exit status: 0 when no open finding is at or above
--fail-on, 1 when one is, 2 on a usage error or an input file that could not be read.`,
		Example: `  plumb scan .
  plumb scan infra/ --var-file prod.tfvars -o sarif --output-file plumb.sarif
  plumb scan . --fail-on high --policy ./org-policies`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := "."
			if len(args) == 1 {
				path = args[0]
			}
			if f.live != "" && len(args) == 1 {
				return &exitError{code: ExitError, err: fmt.Errorf("--live scans live state: give no PATH")}
			}
			return runScan(cmd, f, path, stdout)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "output", "o", "text", "output format: text, json, sarif, junit or markdown")
	fl.StringVar(&f.outputFile, "output-file", "", "write the report to this file instead of standard output")
	addScanFlags(fl, f)
	fl.BoolVar(&f.updateBaseline, "update-baseline", false, "write today's findings to --baseline-file, replacing what it held")
	return cmd
}

// addScanFlags registers the flags that say what to scan and how to triage it, shared by
// every command that runs a scan.
func addScanFlags(fl *pflag.FlagSet, f *scanFlags) {
	fl.StringVar(&f.failOn, "fail-on", "low", "exit 1 when an open finding is at or above this severity (critical, high, medium, low, info)")
	fl.StringArrayVar(&f.policy, "policy", nil, "directory of custom Rego policies (repeatable)")
	fl.StringArrayVar(&f.varFiles, "var-file", nil, "Terraform variable file (repeatable, applied in order)")
	fl.StringArrayVar(&f.vars, "var", nil, "Terraform variable as NAME=VALUE (repeatable)")
	fl.StringArrayVar(&f.cfnParams, "cfn-params", nil, "CloudFormation parameters file: JSON or YAML, as aws cloudformation --parameters, {\"Parameters\": {...}} or a plain map (repeatable, applied in order)")
	fl.StringArrayVar(&f.helmValues, "values", nil, "Helm values file, applied over each chart's values.yaml (repeatable, applied in order)")
	fl.StringArrayVar(&f.helmSet, "set", nil, "Helm value as KEY=VALUE, as helm --set reads it (repeatable, applied after --values)")
	fl.StringArrayVar(&f.rules, "rule", nil, "evaluate only this rule id (repeatable)")
	fl.StringArrayVar(&f.skip, "skip-rule", nil, "do not evaluate this rule id (repeatable)")
	fl.StringVar(&f.typ, "type", "", "read every input as this format instead of detecting it (terraform, tfplan, tfstate, cloudformation, kubernetes, helm, kustomize, dockerfile)")
	fl.StringVar(&f.configPath, "config", "", "config file (default: .plumb.yaml found from PATH upward)")
	fl.BoolVar(&f.noConfig, "no-config", false, "ignore .plumb.yaml")
	fl.BoolVar(&f.noColor, "no-color", false, "never colour the text output (NO_COLOR in the environment does the same)")
	fl.BoolVar(&f.showSuppressed, "show-suppressed", false, "list suppressed findings in the text output")
	fl.StringVar(&f.live, "live", "", "scan live state instead of files: kubernetes or aws")
	fl.StringVar(&f.scope, "scope", "", "live scope: kubernetes:CONTEXT[/NAMESPACE] (default: the kubeconfig's current context, whole cluster) or aws:ACCOUNT/REGION (default: the credentials' account, the configured region)")
	fl.StringVar(&f.kubeconfig, "kubeconfig", "", "kubeconfig file for --live kubernetes (default: $KUBECONFIG, ~/.kube/config, then in-cluster)")
	fl.StringArrayVar(&f.regions, "region", nil, "AWS region for --live aws, after the --scope region (repeatable)")
	fl.StringVar(&f.endpoint, "endpoint", "", "AWS endpoint URL for --live aws, for a local emulator (AWS_ENDPOINT_URL does the same)")
	fl.StringVar(&f.baselineFile, "baseline-file", "", "findings baseline: findings listed in it are accepted; written with today's findings when it does not exist")
}

func runScan(cmd *cobra.Command, f *scanFlags, path string, stdout io.Writer) error {
	cfg, err := scanConfig(cmd, f, path)
	if err != nil {
		return err
	}
	format, err := report.ParseFormat(f.format)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	res, threshold, err := scanAndTriage(cmd, f, path, cfg)
	if err != nil {
		return err
	}
	if err := writeReport(f, format, res, stdout); err != nil {
		return &exitError{code: ExitError, err: err}
	}
	return gate(res, res.Fails(threshold))
}

// gate turns a scan's outcome into the exit status: 2 when something was not checked (an
// unreadable file, a rule that failed at run time), 1 when failed, else 0.
func gate(res *finding.Result, failed bool) error {
	switch {
	case res.Diagnostics.HasErrors() || ruleFailed(res):
		return &exitError{code: ExitError}
	case failed:
		return &exitError{code: ExitFindings}
	}
	return nil
}

// scanConfig checks that path exists, reads the config file and fills every flag the user
// did not give from it.
func scanConfig(cmd *cobra.Command, f *scanFlags, path string) (*config.Config, error) {
	if _, err := os.Stat(path); err != nil && f.live == "" {
		return nil, &exitError{code: ExitError, err: err}
	}
	cfg, err := loadConfig(f, path)
	if err != nil {
		return nil, &exitError{code: ExitError, err: err}
	}
	applyConfig(cmd, f, cfg)
	return cfg, nil
}

// scanAndTriage runs the scan f describes (files under path, or --live state) and triages
// its findings: suppressions, waivers and the findings baseline. It returns the --fail-on
// threshold with the result.
func scanAndTriage(cmd *cobra.Command, f *scanFlags, path string, cfg *config.Config) (*finding.Result, finding.Severity, error) {
	var err error
	var typ iac.Format
	if f.typ != "" {
		if typ, err = iac.ParseFormat(f.typ); err != nil {
			return nil, 0, &exitError{code: ExitError, err: fmt.Errorf("--type: %w", err)}
		}
	}
	threshold, err := finding.ParseSeverity(f.failOn)
	if err != nil {
		return nil, 0, &exitError{code: ExitError, err: fmt.Errorf("--fail-on: %w", err)}
	}
	ctx := context.Background()
	// The rules compile while the files are read: neither needs the other until evaluation.
	engine := policy.LoadAsync(ctx, policy.Options{
		PolicyDirs: f.policy, Params: cfg.Params(), Disabled: append(cfg.Disabled(), f.skip...),
		Severity: cfg.Severities(), Only: f.rules,
	})
	cwd, err := os.Getwd()
	if err != nil {
		return nil, 0, &exitError{code: ExitError, err: err}
	}
	var res *finding.Result
	if f.live != "" {
		eng, err := engine()
		if err != nil {
			return nil, 0, &exitError{code: ExitError, err: err}
		}
		var read *liveRead
		if res, read, err = liveScan(ctx, eng, f, cfg); err == nil {
			err = acceptBaselined(ctx, cmd, cfg, eng, res, read)
		}
		if err != nil {
			return nil, 0, &exitError{code: ExitError, err: err}
		}
	} else {
		res, err = scan.RunPending(ctx, engine, scan.Options{
			RelativeTo:   cwd,
			Path:         path,
			Type:         typ,
			Terraform:    terraform.Options{VarFiles: f.varFiles, Vars: f.vars, Env: os.Environ()},
			CfnParams:    f.cfnParams,
			HelmValues:   f.helmValues,
			HelmSet:      f.helmSet,
			Suppressions: cfg.Suppressions(),
		})
	}
	if err != nil {
		return nil, 0, &exitError{code: ExitError, err: err}
	}
	if err := triage(cmd, f, cfg, res); err != nil {
		return nil, 0, &exitError{code: ExitError, err: err}
	}
	return res, threshold, nil
}

// liveRead is what a live scan read: the scopes, and their resources in canonical form
// (made only when asked for, since a Kubernetes snapshot is adapted for each use).
type liveRead struct {
	scopes    []store.Scope
	resources func() []*resource.Resource
}

// liveScan judges live state (--live) instead of files.
func liveScan(ctx context.Context, eng *policy.Engine, f *scanFlags, cfg *config.Config) (*finding.Result, *liveRead, error) {
	var sc store.Scope
	if f.scope != "" {
		var err error
		if sc, err = store.ParseScope(f.scope); err != nil {
			return nil, nil, fmt.Errorf("--scope: %w", err)
		}
	}
	switch f.live {
	case "kubernetes":
		if !sc.IsZero() && sc.Kind() != store.ScopeKubernetes {
			return nil, nil, fmt.Errorf("--scope %s is not a kubernetes:CONTEXT[/NAMESPACE] scope", sc)
		}
		res, snap, err := kubescan.Run(ctx, eng, kubescan.Options{
			Collector:    livek8s.Options{Scope: sc, Kubeconfig: f.kubeconfig},
			Suppressions: cfg.Suppressions(),
		})
		if err != nil {
			return nil, nil, err
		}
		return res, &liveRead{scopes: []store.Scope{snap.Scope}, resources: func() []*resource.Resource {
			return adapt.Canonical(snap.Resources)
		}}, nil
	case "aws":
		return liveAWS(ctx, eng, f, sc, cfg)
	}
	return nil, nil, fmt.Errorf("--live %q: want kubernetes or aws", f.live)
}

// acceptBaselined marks as accepted the findings that each scope's active baseline already
// had: a live scan of a baselined scope alerts only on what changed since approval. Scopes
// without a baseline, and a machine with no store, are left as they are.
func acceptBaselined(ctx context.Context, cmd *cobra.Command, cfg *config.Config, eng *policy.Engine, res *finding.Result, read *liveRead) error {
	st, err := existingStore(ctx, cmd, cfg)
	if err != nil || st == nil {
		return err
	}
	defer st.Close()
	var live []*resource.Resource
	for _, sc := range read.scopes {
		b, err := st.ActiveBaseline(ctx, sc)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		if live == nil {
			live = read.resources()
		}
		if _, err := drift.Accept(ctx, eng, b, live, res.Findings); err != nil {
			return err
		}
	}
	return nil
}

func writeReport(f *scanFlags, format report.Format, res *finding.Result, stdout io.Writer) error {
	w := stdout
	if f.outputFile != "" {
		file, err := os.Create(f.outputFile)
		if err != nil {
			return err
		}
		defer file.Close()
		w = file
	}
	opts := report.Options{
		Color:          !f.noColor && f.outputFile == "" && report.ColorEnabled(w),
		Version:        Version,
		ShowSuppressed: f.showSuppressed,
		SourceRoot:     res.Root,
	}
	return report.Write(w, format, res, opts)
}

func loadConfig(f *scanFlags, path string) (*config.Config, error) {
	if f.noConfig {
		return &config.Config{}, nil
	}
	p := f.configPath
	if p == "" {
		found, err := config.Find(path)
		if err != nil || found == "" {
			return &config.Config{}, err
		}
		p = found
	}
	return config.Load(p)
}

// applyConfig fills every flag the user did not give from the config file.
func applyConfig(cmd *cobra.Command, f *scanFlags, c *config.Config) {
	changed := cmd.Flags().Changed
	setString := func(name string, dst *string, v string) {
		if !changed(name) && v != "" {
			*dst = v
		}
	}
	setList := func(name string, dst *[]string, v []string) {
		if !changed(name) && len(v) > 0 {
			*dst = v
		}
	}
	setString("output", &f.format, c.Format)
	setString("fail-on", &f.failOn, c.FailOn)
	setList("policy", &f.policy, c.Policy)
	setList("var-file", &f.varFiles, c.VarFile)
	setList("var", &f.vars, c.Var)
	setList("rule", &f.rules, c.Rule)
	setList("values", &f.helmValues, c.HelmValues)
	setList("set", &f.helmSet, c.HelmSet)
	setString("baseline-file", &f.baselineFile, c.BaselineFile)
	if c.NoColor != nil && !changed("no-color") {
		f.noColor = *c.NoColor
	}
	if c.ShowSuppressed != nil && !changed("show-suppressed") {
		f.showSuppressed = *c.ShowSuppressed
	}
}

func ruleFailed(res *finding.Result) bool {
	for _, s := range res.Skipped {
		if s.Error != "" {
			return true
		}
	}
	return false
}
