package dockerfile

import (
	"bytes"
	"regexp"
)

// A Dockerfile has no trailing comments: `#` starts a comment only at the beginning of a line,
// and anywhere else it is an argument (`EXPOSE 22 # ssh` exposes "22", "#" and "ssh", which
// docker build refuses). Plumb's own annotations are the exception Plumb makes: a trailing
// `# plumb:ignore …` or `# plumb-test:expect` is removed before parsing, so that a
// suppression or a fixture's marker can stand on the line it is about. The line count does
// not change. A file that is also built should keep `# plumb:ignore` on the line above.
var annotation = regexp.MustCompile(`(?m)^([ \t]*[^ \t#\r\n][^\r\n]*?)[ \t]+#[ \t]*plumb(?::ignore|-test:expect)\b[^\r\n]*`)

func stripAnnotations(src []byte) []byte {
	if !bytes.Contains(src, []byte("plumb")) {
		return src
	}
	return annotation.ReplaceAll(src, []byte("$1"))
}

// StripAnnotations removes Plumb's trailing annotations as the loader does before parsing,
// keeping every line, for a writer that checks its edit still parses.
func StripAnnotations(src []byte) []byte { return stripAnnotations(src) }
