// Command plumb scans infrastructure as code and live cloud state with one policy library.
package main

import (
	"os"

	"github.com/plumbsec/plumb/internal/cli"
)

func main() {
	os.Exit(cli.Execute(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
