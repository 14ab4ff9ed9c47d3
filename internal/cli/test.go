package cli

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/plumbsec/plumb/internal/policy"
)

func newTestCmd(stdout, stderr io.Writer) *cobra.Command {
	var verbose bool
	cmd := &cobra.Command{
		Use:   "test DIR...",
		Short: "Run the Rego unit tests of custom policies, as opa test does",
		Long: `Run the test_* rules in the .rego files under each DIR, with the library helpers
(data.plumb.lib.*) and each rule's parameter defaults (data.plumb.params) loaded.
Exit status: 0 when every test passes, 1 when one fails, 2 when the tests cannot run
(an unreadable directory, a syntax error, invalid rule metadata, no test found).`,
		Example: `  plumb test ./org-policies
  plumb test -v ./org-policies/tags`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, dirs []string) error {
			_, failed, err := policy.RunTests(cmd.Context(), dirs, verbose, stdout)
			switch {
			case err != nil:
				return &exitError{code: ExitError, err: err}
			case failed > 0:
				return &exitError{code: ExitFindings}
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list passing tests too and trace failures")
	return cmd
}
