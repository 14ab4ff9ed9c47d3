package cli

import (
	"io"

	"github.com/spf13/cobra"
)

func newScanCmd(stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{Use: "scan", Hidden: true}
}
