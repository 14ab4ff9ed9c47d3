package cli

import (
	"io"

	"github.com/spf13/cobra"
)

func newRulesCmd(stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{Use: "rules", Hidden: true}
}
