package report

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/plumbsec/plumb/internal/resource"
)

const (
	// maxSnippetLines is how many lines of a location the text format shows.
	maxSnippetLines = 8
	// maxSnippetWidth cuts long lines (minified JSON, long strings) in a snippet.
	maxSnippetWidth = 160
	// maxSourceSize keeps a snippet from reading a huge file into memory.
	maxSourceSize = 8 << 20
)

// sources reads the files findings point at, each at most once, for code snippets.
type sources struct {
	root  string
	files map[string][]string // nil for a file that could not be read
}

func newSources(root string) *sources {
	return &sources{root: root, files: map[string][]string{}}
}

// numberedLine is one line of a snippet.
type numberedLine struct {
	n    int
	text string
}

// snippet returns the lines of loc (at most maxSnippetLines) and how many more the range
// holds; no lines when the file cannot be read or does not have them.
func (s *sources) snippet(loc resource.Location) (lines []numberedLine, more int) {
	if loc.File == "" || loc.StartLine < 1 {
		return nil, 0
	}
	src := s.lines(loc.File)
	end := max(loc.EndLine, loc.StartLine)
	if loc.StartLine > len(src) {
		return nil, 0
	}
	end = min(end, len(src))
	last := min(end, loc.StartLine+maxSnippetLines-1)
	for n := loc.StartLine; n <= last; n++ {
		lines = append(lines, numberedLine{n, snippetText(src[n-1])})
	}
	return lines, end - last
}

func (s *sources) lines(file string) []string {
	if l, ok := s.files[file]; ok {
		return l
	}
	l := s.read(file)
	s.files[file] = l
	return l
}

func (s *sources) read(file string) []string {
	name := filepath.FromSlash(file)
	if !filepath.IsAbs(name) {
		if s.root == "" {
			return nil
		}
		name = filepath.Join(s.root, name)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() || st.Size() > maxSourceSize {
		return nil
	}
	b, err := io.ReadAll(io.LimitReader(f, maxSourceSize))
	if err != nil || bytes.IndexByte(b, 0) >= 0 {
		return nil
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

// snippetText makes a source line safe and short enough to print: tabs become spaces,
// control characters (a terminal escape in a scanned file) become U+FFFD, and a long line is
// cut.
func snippetText(s string) string {
	s = strings.TrimRight(s, " \t\r")
	s = strings.ReplaceAll(s, "\t", "    ")
	s = sanitize(s, false)
	if utf8.RuneCountInString(s) > maxSnippetWidth {
		r := []rune(s)
		s = string(r[:maxSnippetWidth]) + "..."
	}
	return s
}

// sanitize replaces control characters, which could drive the terminal, with U+FFFD. With
// keepNewlines, line breaks survive; otherwise they and tabs become spaces, for one-line
// fields.
func sanitize(s string, keepNewlines bool) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' && keepNewlines:
			return r
		case r == '\n' || r == '\t' || r == '\r':
			return ' '
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			return utf8.RuneError
		}
		return r
	}, s)
}
