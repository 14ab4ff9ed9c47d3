package report

import (
	"io"
	"os"

	"golang.org/x/term"

	"github.com/plumbsec/plumb/internal/finding"
)

// ColorEnabled reports whether text written to w should be coloured: w is a terminal, NO_COLOR
// is unset or empty (any other value turns colour off, as no-color.org asks) and TERM is not
// "dumb".
func ColorEnabled(w io.Writer) bool {
	return colorAllowed(os.Getenv) && isTerminal(w)
}

func colorAllowed(getenv func(string) string) bool {
	return getenv("NO_COLOR") == "" && getenv("TERM") != "dumb"
}

// isTerminal reports whether w is a file descriptor open on a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	if !ok {
		return false
	}
	fd := f.Fd()
	return fd <= uintptr(^uint(0)>>1) && term.IsTerminal(int(fd))
}

// palette paints text with ANSI SGR sequences, or leaves it alone when colour is off.
type palette struct{ on bool }

const (
	sgrReset   = "\x1b[0m"
	sgrBold    = "\x1b[1m"
	sgrDim     = "\x1b[2m"
	sgrRed     = "\x1b[31m"
	sgrYellow  = "\x1b[33m"
	sgrBlue    = "\x1b[34m"
	sgrMagenta = "\x1b[35m"
	sgrCyan    = "\x1b[36m"
)

func (p palette) paint(s, sgr string) string {
	if !p.on || s == "" {
		return s
	}
	return sgr + s + sgrReset
}

func (p palette) bold(s string) string { return p.paint(s, sgrBold) }
func (p palette) dim(s string) string  { return p.paint(s, sgrDim) }

func (p palette) severity(s finding.Severity, text string) string {
	switch s {
	case finding.Critical:
		return p.paint(text, sgrBold+sgrMagenta)
	case finding.High:
		return p.paint(text, sgrBold+sgrRed)
	case finding.Medium:
		return p.paint(text, sgrYellow)
	case finding.Low:
		return p.paint(text, sgrBlue)
	}
	return p.paint(text, sgrCyan)
}

func (p palette) diagnostic(isError bool, text string) string {
	if isError {
		return p.paint(text, sgrRed)
	}
	return p.paint(text, sgrYellow)
}
