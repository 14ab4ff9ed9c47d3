package cli

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/plumbsec/plumb/internal/compliance"
	"github.com/plumbsec/plumb/internal/finding"
)

func newReportCmd(stdout, stderr io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Judge a scan against a compliance framework",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(newReportComplianceCmd(stdout))
	return cmd
}

type reportFlags struct {
	scan       scanFlags
	framework  string
	format     string
	outputFile string
}

func newReportComplianceCmd(stdout io.Writer) *cobra.Command {
	f := &reportFlags{scan: scanFlags{readOnlyBaseline: true}}
	cmd := &cobra.Command{
		Use:   "compliance --framework FRAMEWORK [PATH]",
		Short: "Scan, then print each control of a framework as pass, fail, untested or not covered",
		Long: `Scan PATH (or --live state) exactly as plumb scan does, then judge every control of the
framework: fail when a rule mapped to it has an open finding (the findings are listed under
it), pass when its rules checked resources and found nothing open, untested when the scan held
nothing its rules read, not covered when no rule maps to it. Suppressed, waived and accepted
findings do not fail a control; they are listed under it as exceptions.
Exit status: 0 when no open finding of the framework's rules is at or above --fail-on, 1 when
one is, 2 on a usage error or an input that could not be read.`,
		Example: `  plumb report compliance --framework cis-aws .
  plumb report compliance --framework pci -o html --output-file pci.html infra/
  plumb report compliance --framework cis-k8s --live kubernetes`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := "."
			if len(args) == 1 {
				path = args[0]
			}
			if f.scan.live != "" && len(args) == 1 {
				return &exitError{code: ExitError, err: fmt.Errorf("--live scans live state: give no PATH")}
			}
			return runReportCompliance(cmd, f, path, stdout)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.framework, "framework", "", "framework to report on: "+frameworkNames()+" (required)")
	fl.StringVarP(&f.format, "output", "o", "text", "output format: text, json, markdown or html")
	fl.StringVar(&f.outputFile, "output-file", "", "write the report to this file instead of standard output")
	addScanFlags(fl, &f.scan)
	return cmd
}

func runReportCompliance(cmd *cobra.Command, f *reportFlags, path string, stdout io.Writer) error {
	if f.framework == "" {
		return &exitError{code: ExitError, err: fmt.Errorf("--framework is required (one of %s)", frameworkNames())}
	}
	fw, err := compliance.Lookup(f.framework)
	if err != nil {
		return &exitError{code: ExitError, err: fmt.Errorf("--framework: %w", err)}
	}
	format, err := compliance.ParseFormat(f.format)
	if err != nil {
		return &exitError{code: ExitError, err: fmt.Errorf("--output: %w", err)}
	}
	cfg, err := scanConfig(cmd, &f.scan, path)
	if err != nil {
		return err
	}
	res, threshold, err := scanAndTriage(cmd, &f.scan, path, cfg)
	if err != nil {
		return err
	}
	rep := compliance.Assess(fw, res)
	w := stdout
	if f.outputFile != "" {
		file, err := os.Create(f.outputFile)
		if err != nil {
			return &exitError{code: ExitError, err: err}
		}
		defer file.Close()
		w = file
	}
	if err := compliance.Write(w, format, rep, compliance.Options{Version: Version}); err != nil {
		return &exitError{code: ExitError, err: err}
	}
	return gate(res, failsFramework(res, fw.Key, threshold))
}

// failsFramework reports whether an open finding of a rule mapped to framework is at or above
// threshold.
func failsFramework(res *finding.Result, framework string, threshold finding.Severity) bool {
	for _, f := range res.Findings {
		if f.Status == finding.Open && f.Rule != nil && len(f.Rule.Controls[framework]) > 0 && f.Severity() >= threshold {
			return true
		}
	}
	return false
}

// frameworkNames lists the framework keys for help texts.
func frameworkNames() string {
	fws, err := compliance.Frameworks()
	if err != nil {
		return err.Error()
	}
	keys := make([]string, len(fws))
	for i, f := range fws {
		keys[i] = f.Key
	}
	return strings.Join(keys, ", ")
}
