package cli

import (
	"io"

	"github.com/spf13/cobra"
)

func newTestCmd(stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{Use: "test", Hidden: true}
}
