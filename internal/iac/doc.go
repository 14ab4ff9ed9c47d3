// Package iac names the infrastructure-as-code formats Plumb reads and recognises them by
// content, not only by file name. Each format's loader lives in a subpackage
// (internal/iac/<format>) and turns files into native resources with locations; this
// package holds what they share: the Format set, detection and the Result every loader
// returns. It imports only resource; loaders import it, never the reverse.
package iac
