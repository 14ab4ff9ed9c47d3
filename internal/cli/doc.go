// Package cli holds the cobra commands. Each command turns flags and config into one call to
// a package below and the result into output and an exit code; no scanning logic lives here.
// Nothing imports cli.
package cli
